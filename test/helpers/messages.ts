// What a message for the user must look like: Chinese, with no sentence of a library's English in it.

/** Two or more Latin words in a row: a library's sentence, not an acronym such as DOCX or PDF. */
export const LATIN_WORDS = /[A-Za-z]{2,}[\s:,.'()-]+[A-Za-z]{2,}/;
export const HAN = /[\u4e00-\u9fff]/;

/** Why a user-facing message is not acceptable, or null when it is. */
export function messageProblem(message: string): string | null {
  if (!HAN.test(message)) return 'not Chinese';
  const latin = LATIN_WORDS.exec(message);
  return latin ? `library English: ${JSON.stringify(latin[0])}` : null;
}
