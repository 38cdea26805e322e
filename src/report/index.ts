export { REPORT_FILE, reportHtml, reportPage, writeReport } from './write-report.ts';
export type { WriteReportOptions } from './write-report.ts';
export { ReportError } from './errors.ts';
