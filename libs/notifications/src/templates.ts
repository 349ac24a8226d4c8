import { NotificationType, type Language } from './notification-type.js';

/** What an announcer knows about an event, as plain strings; `audience` says whose side it is told to. */
export type NoticeParams = Readonly<Record<string, string>>;

export interface RenderedNotice {
  readonly title: string;
  readonly body: string;
}

type Template = (params: NoticeParams) => RenderedNotice;

const buyerOr = (params: NoticeParams, anonymous: string) => params.buyer ?? anonymous;

const decisions = { zh: { APPROVE: '已通过审核', REJECT: '未通过审核' }, en: { APPROVE: 'was approved', REJECT: 'was rejected' } };
const states = {
  zh: { GRANTED: '已批准', REJECTED: '未获批准', PASS: '符合条件', UNKNOWN: '可能符合条件（尚缺材料）' },
  en: { GRANTED: 'granted', REJECTED: 'rejected', PASS: 'qualifies', UNKNOWN: 'may qualify (evidence missing)' },
};
const quoteEnds = { zh: { WITHDRAWN: '已撤回', DECLINED: '未被采纳', EXPIRED: '已过期' }, en: { WITHDRAWN: 'withdrawn', DECLINED: 'declined', EXPIRED: 'expired' } };
const nouns = { zh: { listing: '产品', requirement: '需求' }, en: { listing: 'listing', requirement: 'requirement' } };

const TEMPLATES: Record<Language, Record<Exclude<NotificationType, NotificationType.DIGEST>, Template>> = {
  zh: {
    MATCH_PROPOSED: (p) =>
      p.audience === 'buyer'
        ? { title: `新匹配：${p.listing}`, body: `您的需求「${p.requirement}」匹配到 ${p.supplier} 的「${p.listing}」，匹配度 ${p.score}。` }
        : { title: `新需求匹配：${p.requirement}`, body: `您的产品「${p.listing}」匹配到${buyerOr(p, '一家匿名采购方')}的需求「${p.requirement}」，匹配度 ${p.score}。` },
    MATCH_ENDORSED: (p) => ({
      title: `协会推荐对接：${p.requirement}`,
      body: `行业协会推荐「${p.listing}」（${p.supplier}）对接需求「${p.requirement}」（${buyerOr(p, '匿名采购方')}）。`,
    }),
    MATCH_ANSWERED: (p) => ({
      title: p.interested === 'true' ? `${p.supplier} 有意供货` : `${p.supplier} 暂不供货`,
      body: `${p.supplier} 就您的需求「${p.requirement}」回复：${p.interested === 'true' ? '有意供货，可确认对接。' : '暂不供货。'}`,
    }),
    INTRODUCTION: (p) => ({
      title: `对接成功：${p.buyer}`,
      body: `${p.buyer} 确认了您的产品「${p.listing}」用于需求「${p.requirement}」，每月 ${p.quantity} 吨。请联系 ${p.contact}。`,
    }),
    REVIEW_DECIDED: (p) => ({
      title: `您的${nouns.zh[p.subjectType as 'listing']}${decisions.zh[p.decision as 'APPROVE']}`,
      body: `「${p.title}」${decisions.zh[p.decision as 'APPROVE']}。${p.reason ? `原因：${p.reason}` : ''}`,
    }),
    REVIEW_REQUESTED: (p) => ({
      title: `待审核${nouns.zh[p.subjectType as 'listing']}：${p.title}`,
      body: `${p.organization} 提交的${nouns.zh[p.subjectType as 'listing']}「${p.title}」等待审核。`,
    }),
    NEEDED_BY_NEAR: (p) => ({
      title: `需求即将到期：${p.requirement}`,
      body: `您的需求「${p.requirement}」需求日期为 ${p.neededBy}，还剩 3 天。`,
    }),
    MATCH_UNANSWERED: (p) => ({
      title: `待回复的匹配：${p.requirement}`,
      body: `您的产品「${p.listing}」与需求「${p.requirement}」的匹配已 ${p.days} 天未回复。`,
    }),
    PROMOTION_LAUNCHED: (p) => ({
      title: `新支持政策：${p.program}`,
      body: `「${p.program}」已开放申请：${p.paysZh}，截止 ${p.endsAt}。首购首用镁材可申请支持。`,
    }),
    PROGRAM_CLOSING: (p) => ({
      title: `即将截止：${p.program}`,
      body: `「${p.program}」将于 ${p.endsAt} 截止申请。`,
    }),
    PURCHASE_ELIGIBLE: (p) => ({
      title: `采购${states.zh[p.outcome as 'PASS']}：${p.program}`,
      body: `采购「${p.listing}」（${p.amountCny} 元）${states.zh[p.outcome as 'PASS']}「${p.program}」，预计补贴 ${p.estimatedSubsidyCny} 元。`,
    }),
    APPLICATION_DECIDED: (p) => ({
      title: `申请${states.zh[p.state as 'GRANTED']}：${p.program}`,
      body: `您对「${p.program}」的申请${states.zh[p.state as 'GRANTED']}${p.grantedCny ? `，补贴 ${p.grantedCny} 元` : ''}。${p.reason ? `说明：${p.reason}` : ''}`,
    }),
    QUOTE_RECEIVED: (p) => ({
      title: `${p.state === 'REVISED' ? '报价已修改' : '新报价'}：${p.requirement}`,
      body: `${p.supplier} 就您的需求「${p.requirement}」${p.state === 'REVISED' ? '修改了报价' : '报价'}：${p.price}，每月 ${p.quantity} 吨。`,
    }),
    QUOTE_COUNTERED: (p) => ({
      title: `收到还价：${p.requirement}`,
      body: `${buyerOr(p, '匿名采购方')}对您的「${p.listing}」报价还价：${p.price}，每月 ${p.quantity} 吨。`,
    }),
    QUOTE_AWARDED: (p) => ({
      title: `报价中标：${p.requirement}`,
      body: `${p.buyer} 采纳了您的「${p.listing}」报价：${p.price}，每月 ${p.quantity} 吨，合同已生成。请联系 ${p.contact}。`,
    }),
    QUOTE_CLOSED: (p) => ({
      title: `报价${quoteEnds.zh[p.state as 'EXPIRED']}：${p.requirement}`,
      body: `「${p.listing}」对需求「${p.requirement}」的报价（${p.price}）${quoteEnds.zh[p.state as 'EXPIRED']}。${p.reason ? `原因：${p.reason}` : ''}`,
    }),
    CHALLENGE_OPENED: (p) => ({
      title: `新技术榜单：${p.challenge}`,
      body: `${p.owner} 发布技术难题「${p.challenge}」（领域：${p.fields}${p.rewardCny ? `；悬赏 ${p.rewardCny} 元` : ''}${p.deadline ? `；${p.deadline} 截止揭榜` : ''}）。人才库中有 ${p.candidates} 位专家领域相关。`,
    }),
    CHALLENGE_APPLIED: (p) => ({
      title: `专家揭榜：${p.challenge}`,
      body: `一位专家申请揭榜「${p.challenge}」，领域匹配度 ${p.score}。请在榜单候选人中查看其姓名、方案与联系方式。`,
    }),
    CHALLENGE_AWARDED: (p) => ({
      title: `榜单已授予：${p.challenge}`,
      body: `${p.owner} 已将技术难题「${p.challenge}」授予一位揭榜专家，请在榜单中查看并通知该专家。`,
    }),
  },
  en: {
    MATCH_PROPOSED: (p) =>
      p.audience === 'buyer'
        ? { title: `New match: ${p.listing}`, body: `Your requirement "${p.requirement}" matches "${p.listing}" by ${p.supplier} (score ${p.score}).` }
        : { title: `New matching requirement: ${p.requirement}`, body: `Your listing "${p.listing}" matches the requirement "${p.requirement}" of ${buyerOr(p, 'an anonymous buyer')} (score ${p.score}).` },
    MATCH_ENDORSED: (p) => ({
      title: `Endorsed by the association: ${p.requirement}`,
      body: `The industry association recommends "${p.listing}" (${p.supplier}) for the requirement "${p.requirement}" (${buyerOr(p, 'anonymous buyer')}).`,
    }),
    MATCH_ANSWERED: (p) => ({
      title: p.interested === 'true' ? `${p.supplier} is interested` : `${p.supplier} declined`,
      body: `${p.supplier} answered your requirement "${p.requirement}": ${p.interested === 'true' ? 'interested; you can accept the match.' : 'not able to supply.'}`,
    }),
    INTRODUCTION: (p) => ({
      title: `Introduced: ${p.buyer}`,
      body: `${p.buyer} accepted your listing "${p.listing}" for "${p.requirement}", ${p.quantity} t per month. Contact: ${p.contact}.`,
    }),
    REVIEW_DECIDED: (p) => ({
      title: `Your ${nouns.en[p.subjectType as 'listing']} ${decisions.en[p.decision as 'APPROVE']}`,
      body: `"${p.title}" ${decisions.en[p.decision as 'APPROVE']}.${p.reason ? ` Reason: ${p.reason}` : ''}`,
    }),
    REVIEW_REQUESTED: (p) => ({
      title: `To review: ${p.title}`,
      body: `The ${nouns.en[p.subjectType as 'listing']} "${p.title}" from ${p.organization} waits for review.`,
    }),
    NEEDED_BY_NEAR: (p) => ({
      title: `Needed soon: ${p.requirement}`,
      body: `Your requirement "${p.requirement}" is needed by ${p.neededBy}, in 3 days.`,
    }),
    MATCH_UNANSWERED: (p) => ({
      title: `Waiting for your answer: ${p.requirement}`,
      body: `The match of your listing "${p.listing}" with "${p.requirement}" has waited ${p.days} days for your answer.`,
    }),
    PROMOTION_LAUNCHED: (p) => ({
      title: `New support program: ${p.program}`,
      body: `"${p.program}" is open until ${p.endsAt}: it pays ${p.paysEn} for eligible magnesium purchases.`,
    }),
    PROGRAM_CLOSING: (p) => ({
      title: `Closing soon: ${p.program}`,
      body: `"${p.program}" takes applications until ${p.endsAt}.`,
    }),
    PURCHASE_ELIGIBLE: (p) => ({
      title: `Your purchase ${states.en[p.outcome as 'PASS']}: ${p.program}`,
      body: `The purchase of "${p.listing}" (CNY ${p.amountCny}) ${states.en[p.outcome as 'PASS']} for "${p.program}"; estimated subsidy CNY ${p.estimatedSubsidyCny}.`,
    }),
    APPLICATION_DECIDED: (p) => ({
      title: `Application ${states.en[p.state as 'GRANTED']}: ${p.program}`,
      body: `Your application to "${p.program}" was ${states.en[p.state as 'GRANTED']}${p.grantedCny ? `: CNY ${p.grantedCny}` : ''}.${p.reason ? ` Note: ${p.reason}` : ''}`,
    }),
    QUOTE_RECEIVED: (p) => ({
      title: `${p.state === 'REVISED' ? 'Quote revised' : 'New quote'}: ${p.requirement}`,
      body: `${p.supplier} ${p.state === 'REVISED' ? 'revised its quote' : 'quoted'} on your requirement "${p.requirement}": ${p.price}, ${p.quantity} t/month.`,
    }),
    QUOTE_COUNTERED: (p) => ({
      title: `Counter-offer: ${p.requirement}`,
      body: `${buyerOr(p, 'An anonymous buyer')} countered your quote for "${p.listing}": ${p.price}, ${p.quantity} t/month.`,
    }),
    QUOTE_AWARDED: (p) => ({
      title: `Quote awarded: ${p.requirement}`,
      body: `${p.buyer} awarded your quote for "${p.listing}": ${p.price}, ${p.quantity} t/month; the deal is recorded. Contact ${p.contact}.`,
    }),
    QUOTE_CLOSED: (p) => ({
      title: `Quote ${quoteEnds.en[p.state as 'EXPIRED']}: ${p.requirement}`,
      body: `The quote for "${p.listing}" on "${p.requirement}" (${p.price}) was ${quoteEnds.en[p.state as 'EXPIRED']}.${p.reason ? ` Reason: ${p.reason}` : ''}`,
    }),
    CHALLENGE_OPENED: (p) => ({
      title: `New technology challenge: ${p.challenge}`,
      body: `${p.owner} posted the challenge "${p.challenge}" (fields: ${p.fields}${p.rewardCny ? `; reward CNY ${p.rewardCny}` : ''}${p.deadline ? `; applications until ${p.deadline}` : ''}). ${p.candidates} experts of the talent database work in related fields.`,
    }),
    CHALLENGE_APPLIED: (p) => ({
      title: `An expert applied: ${p.challenge}`,
      body: `An expert applied to your challenge "${p.challenge}" (fit ${p.score}). See the name, proposal and contact among the challenge's candidates.`,
    }),
    CHALLENGE_AWARDED: (p) => ({
      title: `Challenge awarded: ${p.challenge}`,
      body: `${p.owner} awarded the challenge "${p.challenge}" to one of its applicants: see who on the challenge, and tell the expert.`,
    }),
  },
};

export function renderNotice(type: NotificationType, params: NoticeParams, language: Language): RenderedNotice {
  if (type === NotificationType.DIGEST) throw new Error('digests are rendered by renderDigest');
  return TEMPLATES[language][type](params);
}

/** One message that lists the period's notifications, newest last. */
export function renderDigest(items: readonly RenderedNotice[], language: Language): RenderedNotice {
  const lines = items.map((item) => `• ${item.title}\n  ${item.body}`).join('\n');
  return language === 'zh'
    ? { title: `MagMatch 摘要：${items.length} 条新通知`, body: `以下是本期的 ${items.length} 条通知：\n${lines}` }
    : { title: `MagMatch digest: ${items.length} new notifications`, body: `Here are this period's ${items.length} notifications:\n${lines}` };
}
