/**
 * Text for the terminal
 * =====================
 *
 * What leadsim prints may hold text a user wrote (names, descriptions, file
 * paths). Control characters in it (an escape sequence that clears the
 * screen, retitles the window, or hides what follows) are shown as visible
 * escapes (`\x1b`) instead; line breaks and tabs pass.
 */

// C0 controls but tab and line feed, DEL and C1 controls; the bidirectional overrides, which reorder what is shown.
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
