// The CLI's pipeline (inspectFile with the CLI's PDF assets) in a forked child process, for the
// fuzz test: the parent can kill it when a mutant takes too long, which an in-process call could
// not survive (a synchronous parser loop never yields). Errors that escape a parse are reported.

import { inspectFile } from '../../../src/lib/inspect';
import { nodePdfAssets } from '../../../src/parsers/pdf/node-assets';

export interface InspectRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
}

export type InspectReply =
  | {
      type: 'report';
      id: number;
      /** As the CLI would exit for this one file. */
      exitCode: 0 | 2;
      error?: { code: string; message: string; details?: string };
      warnings: string[];
      tables: number;
    }
  | { type: 'uncaught'; detail: string }
  /** Loaded and listening: a mutant's time starts after this. */
  | { type: 'ready' };

if (!process.send) throw new Error('inspect-child runs only as a forked child process');
const send = (reply: InspectReply) => process.send!(reply);

for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (error: unknown) => {
    send({
      type: 'uncaught',
      detail: `${event}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    });
  });
}

process.on('message', (request: InspectRequest) => {
  void inspectFile(request.name, request.bytes, { pdfAssets: nodePdfAssets() }).then((report) =>
    send({
      type: 'report',
      id: request.id,
      exitCode: report.error ? 2 : 0,
      ...(report.error ? { error: report.error } : {}),
      warnings: report.warnings.map((warning) => warning.message),
      tables: report.tables.length,
    }),
  );
});
send({ type: 'ready' });
