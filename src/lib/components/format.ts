// Chinese labels for the page: stages, formats, sizes and the meta fields.

import type { SourceFormat } from '../model/document';
import type { FileStage } from '../state/session.svelte';

export const STAGE_LABELS: Record<FileStage, string> = {
  loading: '载入中',
  queued: '排队中',
  reading: '读取中',
  extracting: '识别表格…',
  checking: '核对数字…',
  done: '完成',
};

export const FORMAT_LABELS: Record<SourceFormat, string> = {
  docx: 'DOCX',
  xlsx: 'Excel 表格（XLSX）',
  xls: 'Excel 表格（XLS）',
  pdf: 'PDF',
  html: '网页（HTML）',
  text: '纯文本',
};

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
