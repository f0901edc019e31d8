// The one error a reader throws: a file that cannot be read at all. It carries a stable code
// and a Chinese message, and survives the worker boundary as plain data.

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
  message: string;
}

export class ReadError extends Error implements ReadErrorData {
  override readonly name = 'ReadError';
  constructor(
    readonly code: ReadErrorCode,
    message: string,
  ) {
    super(message);
  }

  toData(): ReadErrorData {
    return { code: this.code, message: this.message };
  }
}

export function toReadErrorData(error: unknown): ReadErrorData {
  if (error instanceof ReadError) return error.toData();
  if (error instanceof Error && error.name === 'AbortError') {
    return { code: 'cancelled', message: '已取消读取。' };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'unreadable-file', message: `文件无法读取：${detail}` };
}
