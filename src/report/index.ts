export { REPORT_FILE, reportHtml, writeReport } from './write-report.ts';
export { ReportError } from './errors.ts';
