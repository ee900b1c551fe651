import type { Language } from '../../protocol/language.ts';

/** The file code's own strings, in both languages: they load with it, not with the chat. */
const zh = {
  uploading: (name: string) => `正在发送 ${name}`,
  tooLarge: (name: string, mb: number) => `${name} 太大了，文件最大 ${mb} MB。`,
  badType: (name: string) => `${name} 无法发送：不支持这种文件类型。`,
  failed: (name: string) => `${name} 发送失败。`,
  tooFast: '您发得有点快，请稍等片刻再试。',
  retry: '重试',
  dismiss: '关闭提示',
  open: (name: string) => `查看大图：${name}`,
  download: (name: string) => `下载 ${name}`,
  loadFailed: '文件无法加载',
} as const;

type FileTexts = {
  readonly [K in keyof typeof zh]: (typeof zh)[K] extends string ? string : (typeof zh)[K];
};

const en: FileTexts = {
  uploading: (name) => `Sending ${name}`,
  tooLarge: (name, mb) => `${name} is too large: files can be up to ${mb} MB.`,
  badType: (name) => `${name} cannot be sent: this type of file is not allowed.`,
  failed: (name) => `${name} could not be sent.`,
  tooFast: 'You are sending too fast. Please wait a moment, then try again.',
  retry: 'Retry',
  dismiss: 'Dismiss',
  open: (name) => `Open the full image: ${name}`,
  download: (name) => `Download ${name}`,
  loadFailed: 'The file could not be loaded',
};

export const FILE_TEXTS: Record<Language, FileTexts> = { 'zh-CN': zh, en };

/** 1.2 MB, 340 KB: decimal units, as the limit is set. */
export function fileSize(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} KB`;
}
