// The CLI's `--format text`: a report as a short readable summary in Chinese.

import { notApplicableReason } from '../cross-document';
import type { CrossDocumentResult, Finding } from '../model/finding';
import { describeLocation, describeOtherDocumentLocation, SEVERITY_NAMES } from '../model/finding-labels';
import { describeNotePlace, notesByStage, STAGE_NAMES } from '../model/message-labels';
import { correctedMeta } from '../model/meta-correction';
import type { DocumentReport, Report } from '../model/report';
import { describeReview, reviewsInOrder } from '../model/review';
import { STANDARD_KINDS, TABLE_KIND_NAMES } from '../model/table-vocabulary';

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Findings grouped by severity (each with a reviewer's mark if it has one), then the check list: what was verified and how often. */
function formatChecks(doc: DocumentReport): string[] {
  const lines: string[] = [];
  const reviews = reviewsInOrder(doc);
  for (const severity of ['error', 'warning', 'info'] as const) {
    const findings = doc.findings.flatMap((finding: Finding, index) =>
      finding.severity === severity ? [{ finding, review: reviews[index] ?? null }] : [],
    );
    if (findings.length === 0) continue;
    lines.push(`  ${SEVERITY_NAMES[severity]}（${findings.length}）：`);
    for (const { finding, review } of findings) {
      lines.push(`    · [${finding.ruleId}] ${finding.message}`, `      位置：${describeLocation(finding.location)}`);
      if (review) lines.push(`      复核：${describeReview(review)}`);
    }
  }
  const applied = doc.checks.filter((check) => check.status !== 'not-applicable');
  const passed = applied.filter((check) => check.status === 'passed');
  const comparisons = applied.reduce((total, check) => total + check.comparisons, 0);
  if (doc.checks.length) {
    lines.push(`  核对：${applied.length} 项规则适用，${passed.length} 项通过，共比较 ${comparisons} 次`);
  }
  for (const check of doc.checks.filter((candidate) => candidate.status === 'crashed'))
    lines.push(
      `  未完成：[${check.ruleId}] ${check.title.zh} 这项检查因程序错误未能完成（${check.error ?? '原因不明'}）`,
    );
  return lines;
}

/** 读取说明: each stage's notes, each with the table, paragraph or page it concerns. */
function formatReadingNotes(doc: DocumentReport): string[] {
  if (doc.warnings.length === 0) return [];
  const lines = [`  读取说明（${doc.warnings.length} 条）：`];
  for (const { stage, messages } of notesByStage(doc.warnings)) {
    lines.push(`    ${STAGE_NAMES[stage]}：`);
    for (const message of messages) {
      const place = describeNotePlace(message, doc.tables);
      lines.push(`      · ${message.message}${place ? `（${place}）` : ''}`);
    }
  }
  return lines;
}

export function formatDocument(doc: DocumentReport): string[] {
  const { source } = doc;
  const meta = correctedMeta(doc);
  const lines = [
    `== ${source.name}（${source.format ?? '未知格式'}，${formatBytes(source.bytes)}${source.pages ? `，${source.pages} 页` : ''}）`,
  ];
  if (doc.error) return [...lines, `  错误：${doc.error.message}`];

  const org = [meta.orgCode, meta.orgName].filter(Boolean).join(' ') || '未识别';
  const kind = meta.kind ? `${meta.scope ?? ''}${meta.kind}` : '未识别';
  lines.push(
    `  机构：${org}　年度：${meta.year ?? '未识别'}　类型：${kind}${doc.metaCorrection ? '（已由用户更正）' : ''}`,
  );

  const standard = doc.tables.filter((table) => STANDARD_KINDS.includes(table.kind));
  const missing = STANDARD_KINDS.filter((kind) => !standard.some((table) => table.kind === kind));
  lines.push(
    `  标准表：${STANDARD_KINDS.length - missing.length}/${STANDARD_KINDS.length}，表格共 ${doc.tables.length} 张`,
  );
  for (const table of doc.tables) {
    const size = table.empty ? `空表${table.note ? `（${table.note}）` : ''}` : `${table.rows.length} 行`;
    const page = table.page ? `，第 ${table.page} 页` : '';
    lines.push(
      `    · ${TABLE_KIND_NAMES[table.kind]}「${table.title}」单位：${table.unit ?? '未标明'}，${size}${page}`,
    );
  }
  if (missing.length) lines.push(`  未找到：${missing.map((kind) => TABLE_KIND_NAMES[kind]).join('、')}`);
  return [...lines, ...formatReadingNotes(doc), ...formatChecks(doc)];
}

/** 跨文件核对: each finding with both files named, then what the checks compared. */
export function formatCrossDocument(result: CrossDocumentResult): string[] {
  const lines = ['== 跨文件核对'];
  for (const finding of result.findings)
    lines.push(
      `  · ${SEVERITY_NAMES[finding.severity]} [${finding.ruleId}] ${finding.message}`,
      `    位置：${describeOtherDocumentLocation(finding.location)}`,
      ...finding.related.map((related) => `    对照：${describeOtherDocumentLocation(related)}`),
    );
  for (const check of result.checks) {
    const status =
      check.status === 'not-applicable'
        ? `不适用（${notApplicableReason(check.ruleId)}）`
        : check.status === 'crashed'
          ? `因程序错误未能完成（${check.error ?? '原因不明'}）`
          : `比较 ${check.comparisons} 次，${check.findings ? `发现 ${check.findings} 处不一致` : '全部一致'}`;
    lines.push(`  核对：${check.title.zh}：${status}`);
  }
  return lines;
}

export function formatReportText(report: Report): string {
  const cross = report.crossDocument ? formatCrossDocument(report.crossDocument) : [];
  return `${[...report.documents.flatMap(formatDocument), ...cross].join('\n')}\n`;
}
