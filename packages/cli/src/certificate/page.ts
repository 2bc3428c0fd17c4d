import { type CertificatePayload, groupThousands } from '@credit-village/core';
import { entityTypeWords, gradeText, type Words } from './labels.js';

/** One certificate on a page: its payload and its QR code (inline SVG). */
export interface PageCertificate {
  readonly payload: CertificatePayload;
  readonly qr: string;
}

/** What a printable page of certificates shows. */
export interface CertificatePageInput {
  /** The village's name (or id), or the entities' heading. */
  readonly title: string;
  /** The village id, or `null` for the entities' page. */
  readonly village: string | null;
  readonly certificates: readonly PageCertificate[];
  readonly gradeLabels: ReadonlyMap<string, Words>;
}

/**
 * A standalone printable A4 page (Chinese first, no scripts, no external resources) with one
 * card per certificate: the QR code, the grade with its label, the limit (and for an entity its
 * credit-only and guaranteed parts), the evaluation year, the issuer and the validity. Personal
 * data appears only as the payload carries it: masked.
 */
export function certificatePage(input: CertificatePageInput): string {
  const first = input.certificates[0]?.payload;
  const heading = `${input.title} 信用评级证书`;
  const sub = [
    'Rating certificates',
    input.village === null ? '新型农业经营主体 agricultural business entities' : input.village,
    first === undefined ? '' : `${first.evalYear} 年度`,
    first === undefined ? '' : `发证机关 ${first.issuer}`,
  ].filter((part) => part !== '');
  const cards = input.certificates.map((c) => card(c, input.gradeLabels)).join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(heading)}</title>
<style>
@page { size: A4; margin: 12mm; }
body { font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; margin: 0 auto; max-width: 186mm; color: #111; }
h1 { font-size: 16pt; text-align: center; margin: 4mm 0 1mm; }
.sub { text-align: center; color: #444; margin: 0 0 4mm; font-size: 9pt; }
.cert { display: grid; grid-template-columns: 50mm 1fr; gap: 5mm; border: 0.4mm solid #333; border-radius: 2mm; padding: 4mm; margin-bottom: 4mm; break-inside: avoid; page-break-inside: avoid; }
.qr svg { width: 50mm; height: 50mm; display: block; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.8mm 3mm; margin: 0; font-size: 10.5pt; align-content: start; }
dt { color: #444; }
dd { margin: 0; }
dd.grade { font-size: 15pt; font-weight: bold; }
dd.num { font-variant-numeric: tabular-nums; }
.note { grid-column: 1 / -1; margin: 0; font-size: 8pt; color: #555; }
@media print { body { max-width: none; } }
</style>
</head>
<body>
<h1>${escapeHtml(heading)}</h1>
<p class="sub">${sub.map(escapeHtml).join(' · ')}</p>
${cards}
</body>
</html>
`;
}

function card(c: PageCertificate, labels: ReadonlyMap<string, Words>): string {
  const p = c.payload;
  const rows: [string, string, string?][] =
    p.kind === 'household'
      ? [
          ['户号 Household', p.id],
          ['户主 Head', p.name ?? '—'],
          ['身份证号 ID number', p.idNumber ?? '—'],
        ]
      : [
          ['主体名称 Entity', p.name ?? '—'],
          ['类型 Type', entityTypeWords(p.type).zh],
          ['编号 ID', p.id],
        ];
  rows.push(['信用等级 Grade', gradeText(p.grade, labels, 'zh'), 'grade']);
  rows.push(['授信额度 Credit limit', yuan(p.limit), 'num']);
  if (p.kind === 'entity') {
    rows.push(['其中纯信用 Credit only', yuan(p.creditOnly), 'num']);
    rows.push(['需担保 Guaranteed', yuan(p.guaranteed), 'num']);
  }
  rows.push(['评定年度 Year', `${p.evalYear} 年度`]);
  rows.push(['发证机关 Issued by', p.issuer]);
  rows.push(['有效期 Valid', `${p.issued} 至 ${p.validUntil}`]);
  const list = rows
    .map(
      ([label, value, cls]) =>
        `<dt>${escapeHtml(label)}</dt><dd${cls === undefined ? '' : ` class="${cls}"`}>${escapeHtml(value)}</dd>`,
    )
    .join('');
  return `<section class="cert">
<div class="qr">${c.qr}</div>
<dl>${list}</dl>
<p class="note">扫码核验真伪：银行和担保公司用县信用办公布的公钥离线核验（密钥 ${escapeHtml(p.kid)}，评定模型 ${escapeHtml(p.model.id)} v${p.model.version}）。Scan to check with the office's public key.</p>
</section>`;
}

function yuan(money: string): string {
  return `${groupThousands(money)} 元`;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
