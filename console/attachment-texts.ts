import type { Language } from '../protocol/language.ts';

/** The console's strings for files in a chat, in both languages. */
const zh = {
  attach: '添加附件',
  uploading: (name: string) => `正在发送 ${name}…`,
  tooLarge: (name: string) => `${name} 太大，无法发送。`,
  badType: (name: string) => `${name} 无法发送：不支持这种文件类型，或文件内容与文件名不符。`,
  failed: (name: string) => `${name} 发送失败，请重试。`,
  dismiss: '关闭提示',
  open: (name: string) => `查看原图：${name}`,
  download: (name: string) => `下载 ${name}`,
} as const;

type FileTexts = {
  readonly [K in keyof typeof zh]: (typeof zh)[K] extends string ? string : (typeof zh)[K];
};

const en: FileTexts = {
  attach: 'Attach a file',
  uploading: (name) => `Sending ${name}…`,
  tooLarge: (name) => `${name} is too large to send.`,
  badType: (name) =>
    `${name} cannot be sent: this type of file is not allowed, or its content does not match its name.`,
  failed: (name) => `${name} could not be sent. Please try again.`,
  dismiss: 'Dismiss',
  open: (name) => `Open the full image: ${name}`,
  download: (name) => `Download ${name}`,
};

export const FILE_TEXTS: Record<Language, FileTexts> = { 'zh-CN': zh, en };

/** 1.2 MB, 340 KB: decimal units, as the limit is set. */
export function fileSize(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} KB`;
}
