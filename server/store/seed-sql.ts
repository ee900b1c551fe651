/**
 * Rows every install starts with, written by the migrations of both engines (SQLite's 002 and
 * 004, PostgreSQL's schema). Creation times are fixed, as SQL cannot read Kefu's clock.
 */

export const DEFAULT_DEPARTMENT_SQL = `INSERT INTO departments (id, name_zh, name_en, is_default, created_at)
VALUES ('general', '综合咨询', 'General enquiries', 1, '1970-01-01T00:00:00.000Z');`;

export const DEFAULT_QUICK_REPLIES_SQL = `INSERT INTO quick_replies (id, lang, shortcut, body, sort, created_at, updated_at) VALUES
  ('greet-zh', 'zh-CN', 'nihao', '您好，请问有什么可以帮到您？', 10, '1970-01-01T00:00:00.000Z', '1970-01-01T00:00:00.000Z'),
  ('wait-zh', 'zh-CN', 'shaodeng', '对不起，请稍等，我为您查询一下。', 20, '1970-01-01T00:00:00.000Z', '1970-01-01T00:00:00.000Z'),
  ('thanks-wait-zh', 'zh-CN', 'ganxie', '感谢您的耐心等待。', 30, '1970-01-01T00:00:00.000Z', '1970-01-01T00:00:00.000Z'),
  ('more-zh', 'zh-CN', 'haiyou', '请问还有什么可以帮到您？', 40, '1970-01-01T00:00:00.000Z', '1970-01-01T00:00:00.000Z'),
  ('bye-zh', 'zh-CN', 'zaijian', '感谢您的咨询，祝您生活愉快，再见！', 50, '1970-01-01T00:00:00.000Z', '1970-01-01T00:00:00.000Z'),
  ('greet-en', 'en', 'hello', 'Hello, how can I help you today?', 10, '1970-01-01T00:00:00.000Z', '1970-01-01T00:00:00.000Z'),
  ('wait-en', 'en', 'wait', 'Sorry, one moment please while I check.', 20, '1970-01-01T00:00:00.000Z', '1970-01-01T00:00:00.000Z'),
  ('thanks-wait-en', 'en', 'thanks', 'Thank you for waiting.', 30, '1970-01-01T00:00:00.000Z', '1970-01-01T00:00:00.000Z'),
  ('more-en', 'en', 'more', 'Is there anything else I can help you with?', 40, '1970-01-01T00:00:00.000Z', '1970-01-01T00:00:00.000Z'),
  ('bye-en', 'en', 'bye', 'Thank you for contacting us. Have a nice day!', 50, '1970-01-01T00:00:00.000Z', '1970-01-01T00:00:00.000Z');`;
