export { AgentsPage } from './AgentsPage.tsx';
export { DepartmentsPage } from './DepartmentsPage.tsx';
export { WidgetPage } from './WidgetPage.tsx';
