// The one error a reader throws: a file that cannot be read at all. It carries a stable code
// and a Chinese message, and survives the worker boundary as plain data. What a library said
// (pdf.js, mammoth, JSZip: English) is kept apart in `details`, never in the message.

export type ReadErrorCode =
  | 'file-not-found'
  | 'empty-file'
  | 'unknown-format'
  | 'legacy-doc'
  | 'corrupt-file'
  | 'too-large'
  | 'zip-bomb'
  | 'too-many-pages'
  | 'too-deep'
  | 'password-required'
  | 'wrong-password'
  | 'no-text-layer'
  | 'garbled-text'
  | 'unreadable-file'
  | 'cancelled'
  | 'timeout';

export interface ReadErrorData {
  code: ReadErrorCode;
  /** For the user, in Chinese. */
  message: string;
  /** The technical cause as the library reported it (often English), for a folded 技术细节. */
  details?: string;
}

export class ReadError extends Error implements ReadErrorData {
  override readonly name = 'ReadError';
  constructor(
    readonly code: ReadErrorCode,
    message: string,
    readonly details?: string,
  ) {
    super(message);
  }

  toData(): ReadErrorData {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }
}

/** What a thrown value says, for `details`. */
export function describeCause(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** What a file gets whose reading was stopped after `timeoutMs` (the page's worker and the CLI's). */
export function timedOut(timeoutMs: number): ReadErrorData {
  const seconds = Math.round(timeoutMs / 1000);
  return {
    code: 'timeout',
    message: `读取超时：${seconds} 秒内没有读完，已停止。文件可能过大或结构异常。`,
  };
}

export function toReadErrorData(error: unknown): ReadErrorData {
  if (error instanceof ReadError) return error.toData();
  if (error instanceof Error && error.name === 'AbortError') {
    return { code: 'cancelled', message: '已取消读取。' };
  }
  return {
    code: 'unreadable-file',
    message: '文件无法读取：读取程序遇到了无法处理的内容，文件可能已损坏或不完整。请确认文件完整后再试。',
    details: describeCause(error),
  };
}
