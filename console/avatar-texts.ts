import type { Language } from '../protocol/language.ts';

/** The profile photo's words (个人头像), in both languages. */
export const AVATAR_TEXTS = {
  'zh-CN': {
    myPhoto: '我的头像',
    title: (name: string) => `${name} 的头像`,
    hint: '访客在聊天窗口中看到它。PNG、JPEG 或 WebP，最大 500 KB。',
    choose: '上传头像',
    remove: '移除头像',
    none: '未设置头像',
    saved: '头像已保存。',
    removed: '头像已移除。',
    tooLarge: '图片超过 500 KB。',
    badType: '只能使用 PNG、JPEG 或 WebP 图片。',
    failed: '没有保存，请重试。',
    close: '关闭',
  },
  en: {
    myPhoto: 'My photo',
    title: (name: string) => `${name}’s photo`,
    hint: 'Visitors see it in the chat. PNG, JPEG or WebP, up to 500 KB.',
    choose: 'Upload a photo',
    remove: 'Remove photo',
    none: 'No photo yet',
    saved: 'Photo saved.',
    removed: 'Photo removed.',
    tooLarge: 'The picture is larger than 500 KB.',
    badType: 'Only PNG, JPEG or WebP pictures can be used.',
    failed: 'Not saved. Please try again.',
    close: 'Close',
  },
} satisfies Record<Language, Record<string, unknown>>;

export type AvatarTexts = (typeof AVATAR_TEXTS)['en'];
