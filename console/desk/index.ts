export { LeftMessagesPage } from './LeftMessagesPage.tsx';
export { QuickRepliesPage } from './QuickRepliesPage.tsx';
export { SettingsPage } from './SettingsPage.tsx';
