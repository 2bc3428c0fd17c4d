import { lazyPage } from './lib/lazy-page';

// Every page but the household scorecard (the page the app opens on) is a chunk of its own,
// fetched when it is first shown or, once the app is up, in the background (see main.tsx).

/** 主体评分: the entity scorecard. */
export const EntityPage = lazyPage(() =>
  import('./features/entity/entity-page').then((m) => m.EntityPage),
);
/** 逐户采集: household collection. */
export const CollectPage = lazyPage(() =>
  import('./features/collect/collect-page').then((m) => m.CollectPage),
);
/** 村级评定: the village review. */
export const VillagesPage = lazyPage(() =>
  import('./features/villages/villages-page').then((m) => m.VillagesPage),
);
/** 民主评议: the democratic review. */
export const ReviewPage = lazyPage(() =>
  import('./features/review/review-page').then((m) => m.ReviewPage),
);
/** 公示异议: objections. */
export const ObjectionsPage = lazyPage(() =>
  import('./features/objections/objections-page').then((m) => m.ObjectionsPage),
);
/** 授信跟踪: credit follow-up. */
export const FollowUpPage = lazyPage(() =>
  import('./features/follow-up/follow-up-page').then((m) => m.FollowUpPage),
);
/** 年度对比: year over year. */
export const YearsPage = lazyPage(() =>
  import('./features/compare/years-page').then((m) => m.YearsPage),
);
/** 核验证书: certificate verification. */
export const VerifyPage = lazyPage(() =>
  import('./features/verify/verify-page').then((m) => m.VerifyPage),
);
/** 模型: the model in use. */
export const ModelPage = lazyPage(() =>
  import('./features/model/model-page').then((m) => m.ModelPage),
);
/** The model page's comparison of one batch under two models. */
export const ModelComparison = lazyPage(() =>
  import('./features/model/model-comparison').then((m) => m.ModelComparison),
);

const LAZY = [
  EntityPage,
  CollectPage,
  VillagesPage,
  ReviewPage,
  ObjectionsPage,
  FollowUpPage,
  YearsPage,
  VerifyPage,
  ModelPage,
  ModelComparison,
];

/** Fetches every page's code, so each opens at once (and offline) from then on. */
export async function preloadPages(): Promise<void> {
  await Promise.all(LAZY.map((page) => page.preload()));
}
