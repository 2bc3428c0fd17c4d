import type { CertificateInvalidReason, Model } from '@credit-village/core';

/** A text in Chinese (first, for clerks and loan officers) and in English. */
export interface Words {
  readonly zh: string;
  readonly en: string;
}

/** The model's grade labels by code (`AAA` → 优秀 / Excellent), veto grade included. */
export function gradeLabels(model: Model): ReadonlyMap<string, Words> {
  const { grades, vetoes } = model.document;
  return new Map<string, Words>([
    ...grades.map((g): [string, Words] => [g.code, words(g.label, g.code)]),
    [vetoes.grade, words(vetoes.label, vetoes.grade)],
  ]);
}

function words(label: Readonly<Record<string, string>> | undefined, code: string): Words {
  return { zh: label?.zh ?? code, en: label?.en ?? code };
}

/** `AAA 优秀`, or the bare code when the model has no label for it. */
export function gradeText(
  grade: string,
  labels: ReadonlyMap<string, Words>,
  lang: 'zh' | 'en',
): string {
  const label = labels.get(grade)?.[lang];
  if (label === undefined || label === grade) return grade;
  // A label that already names the grade (`B级`) stands alone.
  return label.startsWith(grade) ? label : `${grade} ${label}`;
}

/** MODEL.md §8 entity types, in the scheme's words. */
const ENTITY_TYPES: Readonly<Record<string, Words>> = {
  familyFarm: { zh: '家庭农场', en: 'family farm' },
  cooperative: { zh: '农民专业合作社', en: "farmers' cooperative" },
  largeHousehold: { zh: '专业大户', en: 'large specialised household' },
  enterprise: { zh: '农业产业化龙头企业', en: 'leading agribusiness enterprise' },
};

/** The words for an entity type; a county's own type shows as its code. */
export function entityTypeWords(type: string): Words {
  return Object.hasOwn(ENTITY_TYPES, type) ? (ENTITY_TYPES[type] as Words) : { zh: type, en: type };
}

/** Why a certificate was refused, for a loan officer. */
export const REASONS: Readonly<Record<CertificateInvalidReason, Words>> = {
  malformed: {
    zh: '证书码格式不对（抄错、不完整或不是本系统的证书）',
    en: 'not a certificate code (mistyped, incomplete or not ours)',
  },
  unsupported_version: {
    zh: '证书版本不受支持（请更新核验程序）',
    en: 'unsupported certificate version (update the verifier)',
  },
  not_canonical: {
    zh: '证书内容不是规范格式，已被改动',
    en: 'the payload is not in canonical form: it was altered',
  },
  unknown_key: {
    zh: '签发密钥不在信任列表中，无法确认签发机关',
    en: 'signed with a key that is not in the trust list',
  },
  bad_signature: {
    zh: '签名不符：证书被改动或伪造',
    en: 'bad signature: the certificate was altered or forged',
  },
  invalid_payload: {
    zh: '证书内容缺项或格式有误',
    en: 'the payload has missing or malformed fields',
  },
};
