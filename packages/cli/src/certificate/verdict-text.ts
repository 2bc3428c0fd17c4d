import {
  type CertificatePayload,
  type CertificateVerdict,
  formatPath,
  groupThousands,
} from '@credit-village/core';
import { entityTypeWords, gradeText, REASONS, type Words } from './labels.js';

/**
 * A verdict as lines for a loan officer, Chinese first: the status in words, then, for a valid
 * or expired certificate, every field it carries. A refused certificate shows only why: its
 * content cannot be trusted, so none of it is printed (a key id only for an unknown key).
 */
export function verdictLines(
  verdict: CertificateVerdict,
  today: string,
  labels: ReadonlyMap<string, Words>,
): string[] {
  if (verdict.status === 'invalid') {
    const reason = REASONS[verdict.reason];
    const lines = [`✗ 无效 INVALID：${reason.zh}`, `  ${reason.en} [${verdict.reason}]`];
    if (verdict.kid !== undefined) lines.push(`  密钥 Key id: ${verdict.kid}`);
    for (const issue of verdict.issues ?? []) {
      lines.push(`  ${formatPath(issue.path)}: ${issue.code}`);
    }
    return lines;
  }
  const head =
    verdict.status === 'valid'
      ? ['✓ 有效 VALID：证书真实，在有效期内', '  genuine and within its validity']
      : [
          `✗ 已过期 EXPIRED：证书真实，但已于 ${verdict.payload.validUntil} 到期（今天 ${today}）`,
          `  genuine, but its validity ended on ${verdict.payload.validUntil} (today is ${today})`,
        ];
  const holder =
    verdict.key.issuer === undefined ? '' : `（信任列表 trust list: ${verdict.key.issuer}）`;
  return [
    ...head,
    ...fieldLines(verdict.payload, labels).map((l) => `  ${l}`),
    `  密钥 Key: ${verdict.key.kid}${holder}`,
  ];
}

function fieldLines(p: CertificatePayload, labels: ReadonlyMap<string, Words>): string[] {
  const who =
    p.kind === 'household'
      ? [
          '类别 Kind: 农户 household',
          `村 Village: ${p.village}`,
          `户号 Household: ${p.id}`,
          `户主 Head: ${p.name ?? '—'}`,
          `身份证号 ID number: ${p.idNumber ?? '—'}`,
        ]
      : [
          `类别 Kind: 新型农业经营主体 entity（${entityTypeWords(p.type).zh} ${entityTypeWords(p.type).en}）`,
          `主体名称 Name: ${p.name ?? '—'}`,
          `编号 ID: ${p.id}`,
        ];
  const limits =
    p.kind === 'entity'
      ? [
          `  其中纯信用 Credit only: ${groupThousands(p.creditOnly)} 元 yuan`,
          `  需担保 Guaranteed: ${groupThousands(p.guaranteed)} 元 yuan`,
        ]
      : [];
  return [
    ...who,
    `信用等级 Grade: ${gradeText(p.grade, labels, 'zh')}（${gradeText(p.grade, labels, 'en')}）`,
    `授信额度 Credit limit: ${groupThousands(p.limit)} 元 yuan`,
    ...limits,
    `评定年度 Evaluation year: ${p.evalYear}`,
    `发证机关 Issuer: ${p.issuer}`,
    `有效期 Valid: ${p.issued} 至 to ${p.validUntil}`,
    `评定模型 Model: ${p.model.id} v${p.model.version} ${p.model.hash}`,
  ];
}
