// What each seed and real file says it is — 预算 or 决算, and of which year — with the words and the
// place that say so (cover, title, heading or table header), read off the printed document. The
// reports test asserts the extracted meta against these, on the reports it has already read.
// Execution years quoted in the same title (`2022年预算执行情况和2023年预算草案`) are not the year.

import type { DisclosureKind } from '../../src/lib/model/disclosure';

export interface PrintedMeta {
  kind: DisclosureKind;
  year: number;
  /** Where the document says it, quoted. */
  printed: string;
}

export const PRINTED_META: Record<string, PrintedMeta> = {
  // Seeds (../shared/seeds).
  '000_9f6e211754d2d492.txt': { kind: '预算', year: 2021, printed: '表头「预算年度：2021」，表名「部门预算收支总表」' },
  '001_e76c76abb0ac2c6e.txt': {
    kind: '预算',
    year: 2020,
    printed: '封面「2020年怀来县医疗保险中心 / 预算信息公开说明」',
  },
  '002_e1a466dd2d0fafcf.txt': { kind: '预算', year: 2024, printed: '封面「2024 年部门预算信息公开目录」' },
  '003_e38bc823652b4978.txt': { kind: '预算', year: 2023, printed: '封面「2023 年部门预算信息公开目录」' },
  '004_8ee0239607d3cbd9.txt': { kind: '决算', year: 2021, printed: '标题「第二部分 2021年度单位决算情况说明」' },
  // Department disclosures (../shared/real).
  '2017年省检察院部门预算.pdf': {
    kind: '预算',
    year: 2017,
    printed: '封面第 1 页「江苏省人民检察院 / 2017年部门预算」',
  },
  '2018年省检察院部门预算公开.pdf': {
    kind: '预算',
    year: 2018,
    printed: '封面第 1 页「江苏省人民检察院 / 2018年部门预算」',
  },
  '上海市普陀区人民政府万里街道办事处24年预算.pdf': {
    kind: '预算',
    year: 2024,
    printed: '封面第 1 页「上海市普陀区2024年区级部门预算」',
  },
  '上海市普陀区财政局2024年度部门决算.pdf': {
    kind: '决算',
    year: 2024,
    printed: '封面第 1 页「上海市普陀区财政局2024年度部门决算」',
  },
  '江苏省委办公厅2018年度部门预算公开文件.pdf': {
    kind: '预算',
    year: 2018,
    printed: '封面第 1 页「江苏省委办公厅2018年度部门预算公开」',
  },
  '江苏省委办公厅2018年度部门预算公开表.pdf': {
    kind: '预算',
    year: 2018,
    printed: '封面第 1 页「江苏省2018年度 / 省级部门预算公开报表」',
  },
  '江苏省高级人民法院2019年度部门预算公开.pdf': {
    kind: '预算',
    year: 2019,
    printed: '封面第 1 页「江苏省高级人民法院2019年度部门预算公开」',
  },
  '省法院2017年度部门预算公开.pdf': {
    kind: '预算',
    year: 2017,
    printed: '封面第 1 页「2017年度江苏省高级人民法院部门预算公开」',
  },
  '省法院2018年度部门预算公开.pdf': {
    kind: '预算',
    year: 2018,
    printed: '封面第 1 页「2018年度江苏省高级人民法院预算公开」',
  },
  // City reports (../shared/real-other); 4南昌市2024预算.pdf is a scan without a text layer, not read.
  '1郑州市2021决算.pdf': { kind: '决算', year: 2021, printed: '封面第 1 页「郑州市 / 2021年度财政决算（草案）」' },
  '上海市2023年市级决算.docx': {
    kind: '决算',
    year: 2023,
    printed: '标题「关于上海市2023年市级决算及2024年上半年预算执行情况的报告」',
  },
  '南宁市2023预算.pdf': {
    kind: '预算',
    year: 2023,
    printed: '第 1 页标题「关于南宁市与市本级2022年预算执行情况和 / 2023年预算草案的报告」',
  },
  '广州市2024年决算.pdf': {
    kind: '决算',
    year: 2024,
    printed: '第 1 页标题「关于广州市 2024 年市级决算（草案）的报告」',
  },
  '成都市2024决算.pdf': { kind: '决算', year: 2024, printed: '第 1 页标题「关于成都市2024年市级决算的报告」' },
  '杭州2023决算.pdf': {
    kind: '决算',
    year: 2023,
    printed: '第 1 页标题「关于杭州市及市本级2023年决算草案和 / 2024年上半年预算执行情况的报告」',
  },
  '洛阳市2025预算.pdf': {
    kind: '预算',
    year: 2025,
    printed: '第 1 页标题「关于洛阳市2024年预算执行情况和 / 2025年预算（草案）的报告」',
  },
  '济南市2023预算.pdf': {
    kind: '预算',
    year: 2023,
    printed: '第 1 页标题「关于济南市2022年预算执行情况 / 和2023年预算草案的报告」',
  },
  '深圳市2022预算.docx': {
    kind: '预算',
    year: 2022,
    printed: '标题「关于深圳市2021年预算执行情况 / 和2022年预算草案的报告」',
  },
};
