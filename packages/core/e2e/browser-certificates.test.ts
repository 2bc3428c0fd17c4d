import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  certificatePayload,
  evaluateBatch,
  generateKeyPair,
  parsePrivateKey,
  signCertificate,
  verifyCertificate,
} from '@credit-village/core';
import { describe, expect, it } from 'vitest';
import { useCoreInBrowser } from './core-in-browser.js';

/**
 * Rating certificates are the same in Node and in a browser: the core bundled by Vite, loaded
 * in Debian's Chromium, verifies what Node signed, signs byte-identical codes with the same key
 * (Ed25519 is deterministic), refuses a tampered code, and makes keys with the browser's
 * crypto.getRandomValues that Node accepts.
 */

const golden = fileURLToPath(new URL('../../../test/vectors/golden.json', import.meta.url));

const inBrowser = useCoreInBrowser();

describe('certificates in Node and in the browser bundle', () => {
  it('verify, sign byte for byte alike, refuse tampering, and make usable keys', async () => {
    const { privateKey, trustedKey } = generateKeyPair('wj-2024');
    const trust = { keys: [trustedKey] };
    const result = evaluateBatch(JSON.parse(readFileSync(golden, 'utf8')));
    const village = result.villages[0];
    const household = village?.households[0];
    if (village?.id == null || household === undefined) throw new Error('golden has no household');
    const payload = certificatePayload(
      household,
      { head: { name: '欧阳小明', idNumber: '340827199001011234' } },
      {
        kid: 'wj-2024',
        issuer: '望江县信用村建设办公室',
        model: result.model,
        evalYear: result.evalYear,
        issued: '2024-12-01',
        village: village.id,
      },
    );
    const code = signCertificate(payload, privateKey);
    const tampered = `${code.slice(0, 20)}${code[20] === 'A' ? 'B' : 'A'}${code.slice(21)}`;

    const page = await inBrowser.openPage();
    // A string, not a function: the test runner would rewrite import() inside a function body.
    const script = `(async () => {
      const core = await import('/core.js');
      const trust = ${JSON.stringify(trust)};
      const fresh = core.generateKeyPair('browser-1');
      return {
        verdict: core.verifyCertificate(${JSON.stringify(code)}, trust, '2025-06-01'),
        expired: core.verifyCertificate(${JSON.stringify(code)}, trust, '2025-12-01').status,
        tampered: core.verifyCertificate(${JSON.stringify(tampered)}, trust, '2025-06-01').status,
        signed: core.signCertificate(${JSON.stringify(payload)}, ${JSON.stringify(privateKey)}),
        fresh: fresh.privateKey,
        freshCode: core.signCertificate({ ...${JSON.stringify(payload)}, kid: 'browser-1' }, fresh.privateKey),
        freshTrust: { keys: [fresh.trustedKey] },
      };
    })()`;
    const out = (await page.evaluate(script)) as {
      verdict: unknown;
      expired: string;
      tampered: string;
      signed: string;
      fresh: unknown;
      freshCode: string;
      freshTrust: { keys: { kid: string; x: string }[] };
    };
    expect(out.verdict).toEqual({ status: 'valid', payload, key: trustedKey });
    expect(out.expired).toBe('expired');
    expect(out.tampered).toBe('invalid');
    expect(out.signed).toBe(code);
    expect(parsePrivateKey(out.fresh).ok).toBe(true);
    expect(verifyCertificate(out.freshCode, out.freshTrust, '2025-06-01').status).toBe('valid');
  });
});
