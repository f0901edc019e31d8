// @vitest-environment jsdom
// The built-in samples: listed from our own origin only, and picking one hands it on.

import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SampleList from '../../src/lib/components/SampleList.svelte';
import { loadSamples } from '../../src/lib/state/samples';

function serve(body: unknown, status = 200) {
  const fetch = vi.fn(async () => new Response(JSON.stringify(body), { status }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadSamples', () => {
  it('reads samples/index.json next to the page and keeps only samples inside samples/', async () => {
    const fetch = serve([
      { file: '002-xianghe-2024-budget.docx', title: '香河县医疗保障局 2024 年部门预算', description: '九张表' },
      { file: 'https://example.com/x.docx', title: '别处的文件', description: '' },
      { file: '../secret.docx', title: '上一级目录', description: '' },
      { file: '缺标题.docx' },
    ]);
    const samples = await loadSamples();
    expect(fetch).toHaveBeenCalledWith(new URL('samples/index.json', document.baseURI));
    expect(samples[0]).toEqual({
      name: '002-xianghe-2024-budget.docx',
      title: '香河县医疗保障局 2024 年部门预算',
      description: '九张表',
      url: new URL('samples/002-xianghe-2024-budget.docx', document.baseURI),
    });
    // A URL in `file` is taken as a (harmless) name inside samples/, never fetched from its site.
    const samplesDir = new URL('samples/', document.baseURI).href;
    expect(samples.map((sample) => sample.title)).toEqual(['香河县医疗保障局 2024 年部门预算', '别处的文件']);
    for (const sample of samples) expect(sample.url.href.startsWith(samplesDir)).toBe(true);
  });

  it('lists nothing, without an error, when index.json is missing', async () => {
    serve({ message: 'not found' }, 404);
    await expect(loadSamples()).resolves.toEqual([]);
  });
});

describe('SampleList', () => {
  it('shows each sample as a button that hands the sample on', async () => {
    const onpick = vi.fn();
    const sample = {
      name: '003.docx',
      title: '馆陶县医疗保障局 2023 年部门预算',
      description: '以“元”为单位',
      url: new URL('samples/003.docx', document.baseURI),
    };
    render(SampleList, { samples: [sample], onpick });
    await fireEvent.click(screen.getByRole('button', { name: /馆陶县医疗保障局/ }));
    expect(onpick).toHaveBeenCalledWith(sample);
  });
});
