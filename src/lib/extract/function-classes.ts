// 功能分类 类 names → codes. The 收支总表 lists 类 by Chinese ordinal and name only
// (八、社会保障和就业支出 = 208); older years used names that were later changed.

import { CLASS_ORDINAL } from '../model/table-vocabulary';

const CLASS_CODES: Record<string, string> = {
  一般公共服务: '201',
  外交: '202',
  国防: '203',
  公共安全: '204',
  教育: '205',
  科学技术: '206',
  文化旅游体育与传媒: '207',
  文化体育与传媒: '207',
  社会保障和就业: '208',
  社会保险基金: '209',
  卫生健康: '210',
  医疗卫生与计划生育: '210',
  医疗卫生: '210',
  节能环保: '211',
  城乡社区: '212',
  城乡社区事务: '212',
  农林水: '213',
  农林水事务: '213',
  交通运输: '214',
  资源勘探工业信息等: '215',
  资源勘探信息等: '215',
  商业服务业等: '216',
  金融: '217',
  金融监管等事务: '217',
  援助其他地区: '219',
  自然资源海洋气象等: '220',
  国土海洋气象等: '220',
  国土资源气象等: '220',
  住房保障: '221',
  粮油物资储备: '222',
  粮油物资储备事务: '222',
  国有资本经营预算: '223',
  灾害防治及应急管理: '224',
  预备费: '227',
  其他: '229',
  转移性: '230',
  债务还本: '231',
  债务付息: '232',
  债务发行费用: '233',
  抗疫特别国债安排的: '234',
  抗疫特别国债安排: '234',
};

/** What may stand before a 类 name: its ordinal, or what a scan's reading made of it (`一`, `本一`, `十三`). */
const ORDINAL_LIKE = /^[一二三四五六七八九十百本]{0,4}/u;

function classOf(name: string): string | null {
  return CLASS_CODES[name.replace(/[（(]类[)）]$/, '').replace(/支出$/, '')] ?? null;
}

/**
 * `八、社会保障和就业支出` → `208`; null for rows that are not a 类 (合计, 结转, 人行科目…). A scan's
 * reading may lose the 、 or misread or drop the ordinal (`十三农林水支出`, `一外交支出`, `外交支出`):
 * a name that is a 类 name once what stands before it is taken off names that 类 all the same.
 */
export function functionClassCode(name: string): string | null {
  if (CLASS_ORDINAL.test(name)) return classOf(name.replace(CLASS_ORDINAL, ''));
  const prefix = ORDINAL_LIKE.exec(name)![0].length;
  for (let cut = 0; cut <= prefix; cut++) {
    const code = classOf(name.slice(cut));
    if (code) return code;
  }
  return null;
}
