// The built-in sample files listed in public/samples/index.json, always read from our own origin.

import { ReadError } from '../model/read-error';

export interface Sample {
  /** File name as shown in the report, e.g. `002-xianghe-2024-budget.docx`. */
  name: string;
  title: string;
  description: string;
  url: URL;
}

function samplesDir(): URL {
  // Relative to the page, so the build works under any base path (vite `base: './'`).
  return new URL('samples/', document.baseURI);
}

/**
 * The listed entries that are well formed and stay inside samples/ on our origin; an entry
 * that would point elsewhere is dropped, since no byte may be fetched from another site.
 */
function toSamples(data: unknown, dir: URL): Sample[] {
  if (!Array.isArray(data)) return [];
  return data.flatMap((item: unknown): Sample[] => {
    if (typeof item !== 'object' || item === null) return [];
    const { file, title, description } = item as Record<string, unknown>;
    if (typeof file !== 'string' || file === '' || typeof title !== 'string') return [];
    const url = new URL(file.split('/').map(encodeURIComponent).join('/'), dir);
    if (url.origin !== dir.origin || !url.pathname.startsWith(dir.pathname)) return [];
    return [
      {
        name: file.slice(file.lastIndexOf('/') + 1),
        title,
        description: typeof description === 'string' ? description : '',
        url,
      },
    ];
  });
}

/** The sample list, or none at all when index.json is missing or malformed: samples are optional. */
export async function loadSamples(): Promise<Sample[]> {
  const dir = samplesDir();
  try {
    const response = await fetch(new URL('index.json', dir));
    return response.ok ? toSamples(await response.json(), dir) : [];
  } catch {
    return [];
  }
}

export async function fetchSample(sample: Sample, signal: AbortSignal): Promise<ArrayBuffer> {
  const response = await fetch(sample.url, { signal });
  if (!response.ok) {
    throw new ReadError('unreadable-file', `无法载入示例文件 ${sample.name}（HTTP ${response.status}）。`);
  }
  return response.arrayBuffer();
}
