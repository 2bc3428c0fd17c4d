import type { Unit, Vocabulary } from './words.js';

/**
 * The names of fields, for people: one entry per field of each kind of record or document,
 * keyed by its path pattern (`houses[].areaM2`: `[]` stands for any position in a list). A new
 * field is one entry; a new kind of record (an entity, a township, a ledger line, an objection)
 * is one more table in {@link FIELD_LABELS}, and a field holding such a record points at it with
 * `record`, so its fields are named from that table.
 */
export interface FieldEntry {
  readonly zh: string;
  readonly en: string;
  /** The unit the value is written in, shown after the name: `面积（m²）`. */
  readonly unit?: Unit;
  /** The words the field takes, so that messages name them by their labels (`砖混`). */
  readonly words?: Vocabulary;
  /** The field holds a record of another kind: its fields are named from that kind's table. */
  readonly record?: RecordKind;
}

/**
 * A group whose keys are codes of the model (civility dimensions, livestock species), written
 * `civility.*`: each key is named by the model's label of that code.
 */
export interface KeyedEntry {
  readonly keys: Vocabulary;
  readonly unit?: Unit;
  readonly words?: Vocabulary;
}

/** A table of one kind of record: path patterns to names. `''` names the record itself. */
export type LabelTable = Readonly<Record<string, FieldEntry | KeyedEntry>>;

const household: LabelTable = {
  '': { zh: '整条农户记录', en: 'The household record' },
  evalYear: { zh: '评定年度', en: 'Evaluation year' },
  id: { zh: '农户编号', en: 'Household id' },
  head: { zh: '户主', en: 'Head of household' },
  'head.name': { zh: '户主姓名', en: "Head's name" },
  'head.idNumber': { zh: '身份证号', en: 'ID card number' },
  members: { zh: '家庭人口', en: 'Members', unit: 'people' },
  labourers: { zh: '劳动力', en: 'Labourers', unit: 'people' },
  houses: { zh: '房屋', en: 'Houses' },
  'houses[]': { zh: '房屋', en: 'House' },
  'houses[].structure': { zh: '结构', en: 'Structure', words: 'structure' },
  'houses[].areaM2': { zh: '面积', en: 'Floor area', unit: 'squareMetre' },
  'houses[].yearBuilt': { zh: '建成年份', en: 'Year built' },
  land: { zh: '土地', en: 'Land' },
  'land.contractedMu': { zh: '承包地', en: 'Contracted land', unit: 'mu' },
  'land.transferredInMu': { zh: '流转地', en: 'Land transferred in', unit: 'mu' },
  'land.forestMu': { zh: '林地', en: 'Forest', unit: 'mu' },
  livestock: { zh: '畜禽存栏', en: 'Livestock' },
  'livestock.*': { keys: 'species', unit: 'head' },
  machines: { zh: '农机具', en: 'Machines' },
  'machines[]': { zh: '农机具', en: 'Machine' },
  'machines[].price': { zh: '购置价', en: 'Price', unit: 'yuan' },
  'machines[].year': { zh: '购置年份', en: 'Year bought' },
  vehicles: { zh: '车辆', en: 'Vehicles' },
  'vehicles[]': { zh: '车辆', en: 'Vehicle' },
  'vehicles[].price': { zh: '购置价', en: 'Price', unit: 'yuan' },
  'vehicles[].year': { zh: '购置年份', en: 'Year bought' },
  facilities: { zh: '设施', en: 'Facilities' },
  'facilities[]': { zh: '设施', en: 'Facility' },
  'facilities[].price': { zh: '造价', en: 'Build cost', unit: 'yuan' },
  'facilities[].year': { zh: '建成年份', en: 'Year built' },
  deposits: { zh: '存款', en: 'Deposits', unit: 'yuan' },
  collectiveShares: { zh: '集体股份', en: 'Collective shares', unit: 'yuan' },
  debts: { zh: '负债', en: 'Debts' },
  'debts.bankLoans': { zh: '银行贷款', en: 'Bank loans', unit: 'yuan' },
  'debts.other': { zh: '其他负债', en: 'Other debts', unit: 'yuan' },
  income: { zh: '家庭收入', en: 'Income' },
  'income.net': { zh: '家庭年纯收入', en: 'Annual net income', unit: 'yuan' },
  'income.operating': { zh: '年经营性收入', en: 'Annual operating income', unit: 'yuan' },
  civility: { zh: '乡风文明评议', en: 'Civility review' },
  'civility.*': { keys: 'dimension', words: 'civilityLevel' },
  review: { zh: '民主评议', en: 'Democratic review' },
  'review.panelSize': { zh: '评议小组人数', en: 'Panel size', unit: 'people' },
  'review.marks': { zh: '评议票', en: "Reviewers' marks" },
  'review.marks[]': { zh: '评议人', en: 'Reviewer' },
  'review.marks[].reviewer': { zh: '评议人编号', en: 'Reviewer id' },
  'review.marks[].civility': { zh: '评议结果', en: 'Civility marks' },
  'review.marks[].civility.*': { keys: 'dimension', words: 'civilityLevel' },
  'review.marks[].vetoes': { zh: '提议否决事项', en: 'Vetoes proposed' },
  'review.marks[].vetoes[]': { zh: '否决事项', en: 'Veto', words: 'veto' },
  creditRecord: { zh: '信用记录', en: 'Credit record', words: 'creditRecord' },
  vetoes: { zh: '一票否决事项', en: 'Vetoes' },
  'vetoes[]': { zh: '否决事项', en: 'Veto', words: 'veto' },
  meta: { zh: '附加信息', en: 'Extra information' },
};

const village: LabelTable = {
  '': { zh: '村记录', en: 'The village record' },
  evalYear: { zh: '评定年度', en: 'Evaluation year' },
  id: { zh: '村编号', en: 'Village id' },
  name: { zh: '村名', en: 'Village name' },
  township: { zh: '所属乡镇', en: 'Township' },
  householdsTotal: { zh: '登记户数', en: 'Registered households' },
  partyOrganisation: { zh: '村两委', en: 'Party organisation', words: 'partyOrganisation' },
  loans: { zh: '农户贷款', en: 'Farm loans' },
  'loans.balance': { zh: '贷款余额', en: 'Loan balance', unit: 'yuan' },
  'loans.nonPerforming': { zh: '不良贷款', en: 'Non-performing loans', unit: 'yuan' },
  collectiveOperatingIncome: {
    zh: '集体经营性收入',
    en: 'Collective operating income',
    unit: 'yuan',
  },
  households: { zh: '农户记录', en: 'Household records' },
  'households[]': { zh: '农户记录', en: 'Household record', record: 'household' },
  meta: { zh: '附加信息', en: 'Extra information' },
};

const batch: LabelTable = {
  '': { zh: '整个批量文件', en: 'The batch document' },
  evalYear: { zh: '评定年度', en: 'Evaluation year' },
  villages: { zh: '村列表', en: 'Villages' },
  'villages[]': { zh: '村', en: 'Village', record: 'village' },
  entities: { zh: '经营主体列表', en: 'Entities' },
  'entities[]': { zh: '经营主体', en: 'Entity', record: 'entity' },
  townships: { zh: '乡镇列表', en: 'Townships' },
  'townships[]': { zh: '乡镇', en: 'Township', record: 'township' },
  meta: { zh: '附加信息', en: 'Extra information' },
};

const notice: LabelTable = {
  '': { zh: '公示', en: 'The notice' },
  date: { zh: '公示开始日期', en: 'First day of the notice' },
  days: { zh: '公示天数', en: 'Days of the notice' },
  villages: { zh: '村', en: 'Village' },
  entities: { zh: '经营主体', en: 'Entities' },
  issuer: { zh: '发布单位', en: 'Issued by' },
};

/** One objection to a public notice (docs/formats.md, objections document). */
const objection: LabelTable = {
  '': { zh: '整条异议记录', en: 'The objection' },
  village: { zh: '村编号', en: 'Village id' },
  household: { zh: '户号', en: 'Household id' },
  filed: { zh: '提出日期', en: 'Date filed' },
  by: { zh: '提出人', en: 'Filed by' },
  grounds: { zh: '异议理由', en: 'Grounds' },
  resolution: { zh: '处理结果', en: 'Resolution' },
  'resolution.date': { zh: '处理日期', en: 'Date resolved' },
  'resolution.outcome': { zh: '处理结论', en: 'Outcome' },
};

/** An objections document: the notice, the calendar and the objections. */
const objections: LabelTable = {
  '': { zh: '异议登记文件', en: 'The objections document' },
  notice: { zh: '公示', en: 'Notice' },
  'notice.date': { zh: '公示开始日期', en: 'First day of the notice' },
  'notice.days': { zh: '公示天数', en: 'Days of the notice' },
  holidays: { zh: '法定节假日', en: 'Holidays' },
  'holidays[]': { zh: '节假日', en: 'Holiday' },
  workdays: { zh: '调休上班日', en: 'Make-up workdays' },
  'workdays[]': { zh: '调休上班日', en: 'Make-up workday' },
  objections: { zh: '异议列表', en: 'Objections' },
  'objections[]': { zh: '异议', en: 'Objection', record: 'objection' },
};

/** One line of a credit ledger (docs/formats.md, credit ledger). */
const ledgerLine: LabelTable = {
  '': { zh: '整条授信记录', en: 'The ledger line' },
  lender: { zh: '授信银行', en: 'Lender' },
  village: { zh: '村编号', en: 'Village id' },
  household: { zh: '户号', en: 'Household id' },
  entity: { zh: '经营主体编号', en: 'Entity id' },
  granted: { zh: '授信额度', en: 'Granted', unit: 'yuan' },
  used: { zh: '用信余额', en: 'Drawn balance', unit: 'yuan' },
  validUntil: { zh: '授信到期日', en: 'Valid until' },
};

/** A credit ledger: its date and its lines. */
const ledger: LabelTable = {
  '': { zh: '授信台账', en: 'The credit ledger' },
  asOf: { zh: '统计日期', en: 'As of' },
  lines: { zh: '授信记录', en: 'Lines' },
  'lines[]': { zh: '授信记录', en: 'Line', record: 'ledgerLine' },
};

/** Model fields: the common names (`@code`) apply wherever no full pattern names the field. */
const model: LabelTable = {
  '': { zh: '模型文件', en: 'The model document' },
  id: { zh: '模型编号', en: 'Model id' },
  version: { zh: '版本', en: 'Version' },
  name: { zh: '名称', en: 'Name' },
  description: { zh: '说明', en: 'Description' },
  assets: { zh: '重点资产参数', en: 'Asset parameters' },
  'assets.rounding': { zh: '资产取整', en: 'Asset rounding' },
  'assets.houses': { zh: '房屋', en: 'Houses' },
  'assets.houses.structures': { zh: '房屋结构', en: 'House structures' },
  'assets.houses.structures[]': { zh: '结构', en: 'Structure' },
  'assets.land': { zh: '土地与林地', en: 'Land and forest' },
  'assets.livestock': { zh: '畜禽', en: 'Livestock' },
  'assets.livestock.species': { zh: '畜禽种类', en: 'Species' },
  'assets.livestock.species[]': { zh: '种类', en: 'Species' },
  'assets.machines': { zh: '农机具', en: 'Machines' },
  'assets.vehicles': { zh: '车辆', en: 'Vehicles' },
  'assets.facilities': { zh: '设施', en: 'Facilities' },
  'assets.financial': { zh: '金融资产', en: 'Financial assets' },
  score: { zh: '农户评分', en: 'Household score' },
  'score.civility': { zh: '乡风文明评议', en: 'Civility review' },
  'score.civility.dimensions': { zh: '评议维度', en: 'Dimensions' },
  'score.civility.dimensions[]': { zh: '维度', en: 'Dimension' },
  'score.civility.levels': { zh: '评议等级', en: 'Levels' },
  'score.civility.levels[]': { zh: '等级', en: 'Level' },
  'score.netAssets': { zh: '净资产分档', en: 'Net assets bins' },
  'score.netIncome': { zh: '纯收入分档', en: 'Net income bins' },
  'score.debtRatio': { zh: '资产负债率分档', en: 'Debt ratio bins' },
  'score.creditRecord': { zh: '信用记录', en: 'Credit record' },
  'score.creditRecord.levels': { zh: '信用记录等级', en: 'Levels' },
  'score.creditRecord.levels[]': { zh: '等级', en: 'Level' },
  vetoes: { zh: '一票否决', en: 'Vetoes' },
  'vetoes.grade': { zh: '否决等级', en: 'Veto grade' },
  'vetoes.codes': { zh: '否决事项', en: 'Veto codes' },
  'vetoes.codes[]': { zh: '否决事项', en: 'Veto code' },
  grades: { zh: '信用等级', en: 'Grades' },
  'grades[]': { zh: '等级', en: 'Grade' },
  limit: { zh: '授信额度', en: 'Credit limit' },
  'limit.coefficients': { zh: '系数', en: 'Coefficients' },
  'limit.coefficients.grossAssets': { zh: '重点资产系数', en: 'Gross assets coefficient' },
  'limit.coefficients.operatingIncome': {
    zh: '经营性收入系数',
    en: 'Operating income coefficient',
  },
  'limit.rounding': { zh: '额度取整', en: 'Limit rounding' },
  'limit.byGrade': { zh: '额度表', en: 'Limit table' },
  'limit.byGrade[]': { zh: '行', en: 'Row' },
  village: { zh: '村级评定', en: 'Village rating' },
  'village.items': { zh: '评分项', en: 'Items' },
  'village.items.coverage': { zh: '采集率', en: 'Coverage' },
  'village.items.creditShare': { zh: '信用户占比', en: 'Credit-household share' },
  'village.items.npl': { zh: '不良贷款率', en: 'NPL ratio' },
  'village.items.vetoShare': { zh: '遵规守纪', en: 'Veto share' },
  'village.items.partyOrganisation': { zh: '村两委', en: 'Party organisation' },
  'village.items.collectiveIncome': { zh: '集体经营性收入', en: 'Collective income' },
  'village.gates': { zh: '门槛', en: 'Gates' },
  'village.gates[]': { zh: '门槛', en: 'Gate' },
  'village.ratings': { zh: '信用村等级', en: 'Ratings' },
  'village.ratings[]': { zh: '等级', en: 'Rating' },
  display: { zh: '显示', en: 'Display' },
  examples: { zh: '示例', en: 'Worked examples' },
  'examples[]': { zh: '示例', en: 'Example' },
  'examples[].household': { zh: '农户记录', en: 'Household', record: 'household' },
  'examples[].expect': { zh: '预期结果', en: 'Expected' },
  'examples[].expect.score': { zh: '得分', en: 'Score' },
  'examples[].expect.grade': { zh: '等级', en: 'Grade' },
  'examples[].expect.creditHousehold': { zh: '信用户', en: 'Credit household' },
  'examples[].expect.gross': { zh: '重点资产合计', en: 'Gross assets', unit: 'yuan' },
  'examples[].expect.net': { zh: '净资产', en: 'Net assets', unit: 'yuan' },
  'examples[].expect.limit': { zh: '授信额度', en: 'Limit', unit: 'yuan' },
  '@code': { zh: '代码', en: 'Code' },
  '@label': { zh: '名称', en: 'Label' },
  '@points': { zh: '分值', en: 'Points' },
  '@bins': { zh: '分档', en: 'Bins' },
  '@when': { zh: '条件', en: 'Comparison' },
  '@value': { zh: '界值', en: 'Value' },
  '@otherwise': { zh: '其余情况分值', en: 'Otherwise' },
  '@noDebt': { zh: '无负债分值', en: 'No debt' },
  '@noAssets': { zh: '有负债而无资产分值', en: 'No assets' },
  '@mode': { zh: '取整方式', en: 'Mode' },
  '@step': { zh: '取整步长', en: 'Step' },
  '@unitCost': { zh: '单位造价', en: 'Unit cost', unit: 'yuan' },
  '@life': { zh: '经济寿命', en: 'Life' },
  '@residual': { zh: '残值率', en: 'Residual' },
  '@price': { zh: '单价', en: 'Price', unit: 'yuan' },
  '@haircut': { zh: '折扣率', en: 'Haircut' },
  '@minScore': { zh: '最低分', en: 'Minimum score' },
  '@creditHousehold': { zh: '信用户', en: 'Credit household' },
  '@grade': { zh: '等级', en: 'Grade' },
  '@base': { zh: '基础额度', en: 'Base', unit: 'yuan' },
  '@cap': { zh: '封顶额度', en: 'Cap', unit: 'yuan' },
  '@item': { zh: '评分项', en: 'Item' },
  '@values': { zh: '取值', en: 'Values' },
  '@levels': { zh: '等级', en: 'Levels' },
  '@evalYear': { zh: '评定年度', en: 'Evaluation year' },
};

/** A result document (`evaluate`'s output), as year-over-year comparison reads it. */
const result: LabelTable = {
  '': { zh: '评定结果文件', en: 'The result document' },
  evalYear: { zh: '评定年度', en: 'Evaluation year' },
  model: { zh: '模型', en: 'Model' },
  summary: { zh: '汇总', en: 'Summary' },
  villages: { zh: '村列表', en: 'Villages' },
  'villages[]': { zh: '村', en: 'Village' },
  'villages[].households': { zh: '农户', en: 'Households' },
  'villages[].households[]': { zh: '农户', en: 'Household' },
  'villages[].errors': { zh: '无效记录', en: 'Errors' },
  '@id': { zh: '编号', en: 'Id' },
  '@score': { zh: '得分', en: 'Score' },
  '@grade': { zh: '等级', en: 'Grade' },
  '@limit': { zh: '授信额度', en: 'Limit' },
  '@rating': { zh: '评定', en: 'Rating' },
  '@counts': { zh: '户数', en: 'Counts' },
};

/** A new agricultural business entity's record (docs/formats.md, entity record). */
const entity: LabelTable = {
  '': { zh: '整条经营主体记录', en: 'The entity record' },
  evalYear: { zh: '评定年度', en: 'Evaluation year' },
  kind: { zh: '记录类型', en: 'Kind of line' },
  id: { zh: '主体编号', en: 'Entity id' },
  name: { zh: '主体名称', en: 'Name' },
  type: { zh: '主体类型', en: 'Type' },
  township: { zh: '所属乡镇', en: 'Township' },
  village: { zh: '所属村', en: 'Village' },
  principal: { zh: '负责人', en: 'Principal' },
  'principal.name': { zh: '负责人姓名', en: "Principal's name" },
  'principal.idNumber': { zh: '负责人身份证号', en: "Principal's ID card number" },
  registeredYear: { zh: '注册年份', en: 'Year registered' },
  demonstration: { zh: '示范等级', en: 'Demonstration level' },
  mainLine: { zh: '主营产业', en: 'Main line' },
  scale: { zh: '经营规模', en: 'Scale' },
  assets: { zh: '资产总额', en: 'Assets', unit: 'yuan' },
  liabilities: { zh: '负债总额', en: 'Liabilities', unit: 'yuan' },
  surplus: { zh: '年经营盈余', en: 'Annual surplus', unit: 'yuan' },
  creditRecord: { zh: '信用记录', en: 'Credit record' },
  leaseYearsLeft: { zh: '土地流转剩余年限', en: 'Lease years left' },
  insured: { zh: '参加农业保险', en: 'Insured' },
  salesContracts: { zh: '订单销售', en: 'Sales contracts' },
  householdsDriven: { zh: '带动农户数', en: 'Households driven', unit: 'households' },
  principalHouseholdGrade: { zh: '负责人农户信用等级', en: "Principal's household grade" },
  vetoes: { zh: '一票否决事项', en: 'Vetoes' },
  'vetoes[]': { zh: '否决事项', en: 'Veto' },
  meta: { zh: '附加信息', en: 'Extra information' },
};

/** A township's record (docs/formats.md, township record). */
const township: LabelTable = {
  '': { zh: '整条乡镇记录', en: 'The township record' },
  kind: { zh: '记录类型', en: 'Kind of line' },
  id: { zh: '乡镇编号', en: 'Township id' },
  name: { zh: '乡镇名称', en: 'Township name' },
  villagesTotal: { zh: '行政村总数', en: 'Villages registered' },
  loans: { zh: '贷款', en: 'Loans' },
  'loans.balance': { zh: '贷款余额', en: 'Loan balance', unit: 'yuan' },
  'loans.nonPerforming': { zh: '不良贷款', en: 'Non-performing loans', unit: 'yuan' },
  'loans.balanceStartOfYear': {
    zh: '年初贷款余额',
    en: 'Balance at the start of the year',
    unit: 'yuan',
  },
  'loans.nonPerformingStartOfYear': {
    zh: '年初不良贷款',
    en: 'Non-performing loans at the start of the year',
    unit: 'yuan',
  },
  borrowers: { zh: '贷款户数', en: 'Borrowers', unit: 'households' },
  borrowersInArrears: { zh: '逾期户数', en: 'Borrowers in arrears', unit: 'households' },
  meta: { zh: '附加信息', en: 'Extra information' },
};

/**
 * Every label table, by the kind of record its paths start from. Other kinds (entities,
 * townships, ledgers, objections) are added here as tables of their own.
 */
export const FIELD_LABELS = {
  household,
  village,
  batch,
  notice,
  model,
  result,
  objection,
  objections,
  entity,
  township,
  ledgerLine,
  ledger,
} as const;

/** The kinds of record whose fields have names (see {@link FIELD_LABELS}). */
export type RecordKind = keyof typeof FIELD_LABELS;
