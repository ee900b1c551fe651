// Base styles first: the screens' own sheets build on them.
import './console.css';
import { render } from 'preact';
import { App } from './App.tsx';
import { consoleLanguage, TEXTS } from './i18n.ts';

const lang = consoleLanguage(location.search, navigator.language);
document.documentElement.lang = lang;
document.title = TEXTS[lang].product;
render(<App lang={lang} />, document.getElementById('app') as HTMLElement);
