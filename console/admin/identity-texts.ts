import type { Language } from '../../protocol/language.ts';

/** The 挂件 page's verified-identity section, in both languages. */
const zh = {
  identityTitle: '客户身份验证',
  identityIntro:
    '网站调用 Kefu("identify", …) 告诉挂件访客是谁。带签名（用站点密钥对用户编号做 HMAC-SHA256，在网站后台计算）的身份是“已验证”的：同一客户在任何设备上都能看到自己的历史会话。未签名的只显示给客服，标为“未验证”，不合并历史。',
  secret: '站点密钥',
  secretHint: '只在网站后台使用，切勿写进网页或 App。',
  regenerate: '重新生成密钥',
  confirmRegenerate: '确认重新生成',
  regenerateWarning: '旧密钥立即失效：网站后台改用新密钥之前，访客的身份都会是“未验证”。',
  regenerated: '已生成新密钥。',
  priorityTiers: '优先接待的客户等级（每行一个，例如 vip）',
  priorityHint: '已验证客户的等级在列表中时，同一部门排队时先于其他访客接待。',
  tiersInvalid: '每个等级 1–32 个字母、数字、_、. 或 -，最多 20 个。',
  saveTiers: '保存优先等级',
  saved: '已保存。',
} as const;

export type IdentityTexts = { readonly [K in keyof typeof zh]: string };

const en: IdentityTexts = {
  identityTitle: 'Verified customers',
  identityIntro:
    'Your site tells the widget who the visitor is with Kefu("identify", …). An identity signed with the site secret (HMAC-SHA256 of the user id, computed by your backend) is verified: that customer sees their own chat history on any device. An unsigned one is shown to agents as unverified and never merges histories.',
  secret: 'Site secret',
  secretHint: 'Use it only on your backend; never put it in a web page or an app.',
  regenerate: 'Regenerate the secret',
  confirmRegenerate: 'Yes, regenerate',
  regenerateWarning:
    'The old secret stops working at once: visitors are unverified until your backend signs with the new one.',
  regenerated: 'A new secret was made.',
  priorityTiers: 'Tiers served first (one per line, e.g. vip)',
  priorityHint:
    'A verified customer whose tier is listed is served before other visitors waiting for the same department.',
  tiersInvalid: 'Each tier is 1–32 letters, digits, _ . or -; at most 20.',
  saveTiers: 'Save the tiers',
  saved: 'Saved.',
};

export const IDENTITY_TEXTS: Record<Language, IdentityTexts> = { 'zh-CN': zh, en };
