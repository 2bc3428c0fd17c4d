import type { verifyZh } from './verify-zh';

/** English words of the verify page and the application; the compiler checks every key is here. */
export const verifyEn: Readonly<Record<keyof typeof verifyZh, string>> = {
  'nav.verify': 'Verify',
  'verify.title': 'Verify a rating certificate',
  'verify.intro':
    "Check that a household's or an entity's grade and credit limit really are the issuing office's: offline, with no server, using only the office's public key.",

  'verify.trust.first': "Step 1: load the issuing office's trust list",
  'verify.trust.title': 'Trust list',
  'verify.trust.why':
    'The trust list is the public-key file the office hands out (such as wj-2024.trust.json). Load it once: it is kept in this browser, and certificates are then checked offline. Load only a file you had from the office itself.',
  'verify.trust.openFile': 'Open the trust list file',
  'verify.trust.replaceFile': 'Open a new trust list file (replaces it)',
  'verify.trust.paste': 'Or paste the trust list',
  'verify.trust.replacePaste': 'Or paste a new trust list (replaces it)',
  'verify.trust.pasteLabel': 'Trust list (JSON)',
  'verify.trust.pasteLoad': 'Load the pasted trust list',
  'verify.trust.summary': '{n} keys trusted: {holders}. ',
  'verify.trust.fromFile': 'From the file {file}, ',
  'verify.trust.fromPaste': 'Pasted, ',
  'verify.trust.loadedOn': 'loaded on ',
  'verify.trust.manage': 'Show the keys, replace or remove the trust list',
  'verify.trust.keys': 'Trusted keys',
  'verify.trust.col.kid': 'Key id',
  'verify.trust.col.issuer': 'Holder',
  'verify.trust.col.x': 'Public key',
  'verify.trust.noIssuer': '(not given)',
  'verify.trust.readOut':
    'Read the public key to the office over the telephone to make sure the file was not swapped.',
  'verify.trust.remove': 'Remove the trust list',
  'verify.trust.removeConfirm':
    'Without a trust list no certificate can be checked until one is loaded again. Remove it?',
  'verify.trust.loaded': 'The trust list is loaded and kept on this device.',
  'verify.trust.replaced': 'The trust list was replaced by the one just loaded.',
  'verify.trust.removed': 'The trust list was removed.',
  'verify.trust.refused.empty': 'Nothing there: open the trust list file, or paste it.',
  'verify.trust.refused.notJson':
    'This is not a trust list: it is not valid JSON. The trust list in use is unchanged.',
  'verify.trust.refused.duplicateKeys':
    'This trust list writes a field twice, so which one is meant cannot be known: it cannot be trusted. The trust list in use is unchanged.',
  'verify.trust.refused.privateKey':
    'This is a PRIVATE key file, not a trust list! A private key must stay offline and never be handed out: tell the issuing office at once. Nothing of it was kept.',
  'verify.trust.refused.invalid':
    'This trust list cannot be used; the trust list in use is unchanged:',
  'verify.trust.at.keys': 'Keys',
  'verify.trust.at.key': 'Key {n}',
  'verify.trust.noKeys': 'the list has no key',

  'verify.code.title': 'Check a certificate code',
  'verify.code.label': 'Certificate code or verification link',
  'verify.code.hint':
    'Paste a code starting with CV1. (checked as soon as it is pasted) or the link in the QR code; after typing, press Verify.',
  'verify.code.check': 'Verify',
  'verify.code.file': 'Open a file (text or a picture of the QR code)',
  'verify.code.clear': 'Clear',
  'verify.input.noCode': 'Paste, type or scan a certificate code first.',
  'verify.input.empty': 'The file is empty: it holds no certificate code.',
  'verify.input.noImageReader':
    'This browser cannot read QR codes in pictures; it may be too old. Update it and try again, or paste the code.',
  'verify.input.readerNotLoaded':
    'The QR code reader could not be loaded: the network may be down. Reload the page once online and try again, or paste the code.',
  'verify.input.noQrInImage':
    'No QR code was found in the picture. Try a sharper photo of the whole code, or paste the code.',

  'verify.scan.start': 'Scan with the camera',
  'verify.scan.stop': 'Stop scanning',
  'verify.scan.aim':
    "Hold the certificate's QR code in the middle of the picture; it is checked once read.",
  'verify.scan.video': 'Camera picture',
  'verify.scan.noDetector':
    'This browser cannot scan QR codes; it may be too old. Update it and try again, or paste the code or open a file with it.',
  'verify.scan.notLoaded':
    'The QR code scanner could not be loaded: the network may be down. Reload the page once online and try again, or paste the code.',
  'verify.scan.insecure':
    'Scanning needs this page opened over https. Paste the code or open a file with it.',
  'verify.scan.noCamera':
    'This device has no camera to use. Paste the code or open a file with it.',
  'verify.scan.denied':
    'The camera was not allowed. Allow it in the browser settings and try again, or paste the code.',
  'verify.scan.failed': 'The camera could not start. Try again, or paste the code.',

  'verify.verdict.needTrust': 'No trust list loaded yet: the code cannot be checked',
  'verify.verdict.needTrustNote':
    "The code is kept: it is checked as soon as the office's trust list is loaded.",
  'verify.verdict.valid': 'Valid',
  'verify.verdict.validNote':
    'Genuine: issued by the office, and within its validity (checked on {today}).',
  'verify.verdict.expired': 'Expired',
  'verify.verdict.expiredNote':
    'Genuine, but its validity ended on {until} (today is {today}): do not lend on it. The holder should ask the office for a new certificate.',
  'verify.verdict.invalid': 'Invalid',
  'verify.verdict.more': 'The file holds more than one code; the first was checked.',
  'verify.verdict.otherHolder':
    'Note: the trust list says this key belongs to "{holder}", not the issuer written on the certificate. Check with the office.',
  'verify.reason.malformed':
    'This is not a whole certificate code: mistyped, cut short, or not one of ours.',
  'verify.reason.unsupported_version': 'A newer certificate version that this page cannot read.',
  'verify.reason.not_canonical': 'The certificate was altered.',
  'verify.reason.unknown_key':
    'Signed with the key "{kid}", which is not in this device\'s trust list: who issued it cannot be confirmed.',
  'verify.reason.unknownKeyNoId':
    "Signed with a key that is not in this device's trust list: who issued it cannot be confirmed.",
  'verify.reason.bad_signature':
    'The signature does not match: the certificate was altered or forged.',
  'verify.reason.invalid_payload': 'The certificate has missing or malformed fields.',
  'verify.advice.malformed': 'Scan it again, or copy the whole code, and check again.',
  'verify.advice.unsupported_version': 'Update this page (reload it online) and check again.',
  'verify.advice.not_canonical': 'Do not lend on it; check with the holder and the office.',
  'verify.advice.unknown_key':
    "If it is the office's key of a new year, ask the office for the new trust list; otherwise do not lend on it.",
  'verify.advice.bad_signature': 'Do not lend on it; check with the holder and the office.',
  'verify.advice.invalid_payload': 'Do not lend on it; check with the office.',

  'verify.field.kind': 'Kind',
  'verify.kind.household': 'Household',
  'verify.kind.entity': 'Agricultural business entity ({type})',
  'verify.field.village': 'Village',
  'verify.field.householdId': 'Household',
  'verify.field.head': 'Head (partly hidden)',
  'verify.field.idNumber': 'ID number (partly hidden)',
  'verify.field.entityName': 'Name',
  'verify.field.entityId': 'Entity id',
  'verify.field.none': '—',
  'verify.field.grade': 'Credit grade',
  'verify.field.limit': 'Credit limit',
  'verify.field.creditOnly': 'of which on credit alone',
  'verify.field.guaranteed': 'of which with a guarantee',
  'verify.field.yuan': '{amount} yuan',
  'verify.field.evalYear': 'Evaluation year',
  'verify.field.year': '{year}',
  'verify.field.issuer': 'Issued by',
  'verify.field.validity': 'Valid',
  'verify.field.to': ' to ',
  'verify.field.key': 'Signing key',
  'verify.field.keyHolder': ' (trust list: {issuer})',
  'verify.field.model': 'Rating model',
  'verify.entityType.familyFarm': 'family farm',
  'verify.entityType.cooperative': "farmers' cooperative",
  'verify.entityType.largeHousehold': 'large specialised household',
  'verify.entityType.enterprise': 'leading agribusiness enterprise',

  'apply.start': 'Apply for a guaranteed loan with this certificate',
  'apply.noGuaranteed':
    "All of this entity's limit is on credit alone: there is no guaranteed part to apply for.",
  'apply.expired':
    'The certificate has expired: no guaranteed-loan application can be made from it.',
  'apply.title': 'Guaranteed-loan application',
  'apply.intro':
    'The entity, its grade and limits come from the verified certificate and cannot be changed; fill in the rest. Fields marked * are required. Then save it as a file or print it for the lending bank.',
  'apply.given.entity': 'Applicant entity',
  'apply.given.type': 'Entity type',
  'apply.given.guaranteed': 'Guaranteed part (the most to apply for)',
  'apply.group.applicant': 'Applicant',
  'apply.group.loan': 'The loan',
  'apply.optional': ' (optional)',
  'apply.field.creditCode': 'Unified social credit code',
  'apply.field.contactName': 'Contact name',
  'apply.field.contactPhone': 'Contact telephone',
  'apply.field.amount': 'Amount asked (yuan)',
  'apply.field.purpose': 'Purpose',
  'apply.field.purposeDetail': 'Purpose in words',
  'apply.field.termMonths': 'Term (months)',
  'apply.field.repayment': 'Repayment',
  'apply.field.bank': 'Bank applied to',
  'apply.field.declared':
    'I confirm the above is true and agree that the bank and the guarantor may check it.',
  'apply.hint.amount': 'At most {max} yuan, up to 2 decimals; 30万 and 300,000 are understood',
  'apply.hint.term': '1 to {max} months',
  'apply.purpose.inputs': 'seed, fertiliser, feed and other inputs',
  'apply.purpose.expansion': 'expanding planting or breeding',
  'apply.purpose.machinery': 'farm machinery',
  'apply.purpose.facilities': 'greenhouses, animal housing, storage',
  'apply.purpose.landTransfer': 'rent of transferred land',
  'apply.purpose.produce': 'buying farm produce',
  'apply.purpose.workingCapital': 'working capital',
  'apply.purpose.other': 'other (say what in the purpose field)',
  'apply.repayment.interestMonthly': 'interest monthly, principal at the end',
  'apply.repayment.equalInstalments': 'equal instalments',
  'apply.repayment.equalPrincipal': 'equal principal',
  'apply.repayment.atMaturity': 'all at the end',
  'apply.fix': 'Fix {n} problems first:',
  'apply.sep': ': ',
  'apply.error.required': 'required',
  'apply.error.tooLong': 'at most {max} characters',
  'apply.error.creditCodeForm':
    '18 characters of digits and capital letters (without I, O, Z, S, V)',
  'apply.error.creditCodeCheck':
    'the last (check) character does not match: compare it with the business licence',
  'apply.error.phone':
    'an 11-digit mobile number, or a landline with its area code (such as 0556-5123456)',
  'apply.error.amountForm': 'write the amount in figures, such as 300000 or 30万',
  'apply.error.amountFen': 'at most 2 decimals (to the fen)',
  'apply.error.amountZero': 'the amount must be more than 0',
  'apply.error.amountOver': 'at most the guaranteed part of the certificate, {max} yuan',
  'apply.error.purposeDetail': 'with "other", say what the loan is for',
  'apply.error.term': 'a whole number of months from 1 to {max}',
  'apply.error.declared': 'read and tick the declaration',
  'apply.save': 'Save the application (JSON)',
  'apply.print': 'Print the application',
  'apply.close': 'Close the application',
  'apply.saved': 'Saved as {file}. Hand it to the bank with the certificate.',
  'apply.stale':
    'The certificate is no longer valid today (it may have expired): the application cannot be saved or printed. Check it again.',
  'apply.sheet.title': '担保贷款申请表（码上填）',
  'apply.sheet.year': '（{year} 年度评定）',
  'apply.sheet.limits': '{limit}，其中纯信用 {creditOnly}，需担保 {guaranteed}',
  'apply.sheet.months': '{n} 个月',
  'apply.sheet.certificate': '评定证书',
  'apply.sheet.capitals': '（大写：人民币{capitals}）',
  'apply.sheet.qr': '扫码核验评定证书',
  'apply.sheet.verified': '{date} 核验有效；发证机关：{issuer}；有效期至 {until}',
  'apply.sheet.sign': '申请人（签章）：',
  'apply.sheet.date': '申请日期：{date}',
  'apply.sheet.bank': '贷款银行受理意见：',
  'apply.sheet.guarantor': '担保机构意见：',
};
