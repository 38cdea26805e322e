/**
 * The hover card
 * ==============
 *
 * Who a dot is: grade, department, whether they are in training, engagement,
 * followership type, where they stand on the change shown, and how many
 * colleagues granted their claims to lead.
 */
import type { ArmSnapshot, TrustPicture } from '../shared/view.ts';
import { VIEW_STATES } from '../shared/view.ts';
import { STATE_MEANINGS } from './palette.ts';
import { followershipLabel, gradeLabel } from './people.ts';

export class HoverCard {
  private readonly card = document.createElement('div');

  constructor() {
    this.card.className = 'hover-card';
    this.card.hidden = true;
    document.body.append(this.card);
  }

  show(picture: TrustPicture, snapshot: ArmSnapshot, slot: number, viewName: string, at: { x: number; y: number }): void {
    const department = picture.departments[snapshot.department[slot]];
    const executive = snapshot.department[slot] === picture.departments.length - 1;
    const rows: [string, string][] = [
      ['Department', department],
      ['Engagement', `${snapshot.engagement[slot].toFixed(1)} / 10`],
      ['Follower type', followershipLabel(snapshot.followership[slot])],
      [viewName, STATE_MEANINGS[VIEW_STATES[snapshot.state[slot]]]],
      ['Leadership granted by', `${snapshot.inDegree[slot]} colleague${snapshot.inDegree[slot] === 1 ? '' : 's'}`],
    ];
    const title = document.createElement('h3');
    title.textContent = `${gradeLabel(picture.grade[slot])}${picture.trainee[slot] === 1 ? ' · doctor in training' : ''}`;
    const list = document.createElement('dl');
    for (const [term, value] of rows) list.append(Object.assign(document.createElement('dt'), { textContent: term }), Object.assign(document.createElement('dd'), { textContent: value }));
    const hint = Object.assign(document.createElement('p'), {
      className: 'hint',
      textContent: executive ? 'Executives propose no ideas in the model.' : 'Click to have them propose an idea.',
    });
    this.card.replaceChildren(title, list, hint);
    this.card.hidden = false;
    // Keep the card on screen: left of the pointer on the right half, above it on the lower half.
    const { innerWidth, innerHeight } = window;
    const { width, height } = this.card.getBoundingClientRect();
    this.card.style.left = `${at.x > innerWidth / 2 ? at.x - width - 24 : at.x + 24}px`;
    this.card.style.top = `${Math.max(8, at.y > innerHeight / 2 ? at.y - height - 24 : at.y + 24)}px`;
  }

  hide(): void {
    this.card.hidden = true;
  }
}
