/* The demo shop's only script (the server's CSP allows no inline script). */
/* global window, document, location, URLSearchParams */

// The queue stub site owners paste: calls made before widget.js arrives wait in Kefu.q.
window.Kefu =
  window.Kefu ||
  function () {
    (window.Kefu.q = window.Kefu.q || []).push(arguments);
  };

const EN = {
  shop: 'Kefu Demo Shop',
  heroTitle: 'Spring refresh: free shipping over ¥99',
  heroText: '7-day no-questions returns · ships within 48 hours · genuine products',
  picks: 'Best sellers',
  p1: 'Wireless noise-cancelling headphones',
  p2: 'Mechanical keyboard, brown switches',
  p3: 'Stainless steel bottle, 500 ml',
  p4: 'City commuter backpack',
  buy: 'Add to cart',
  help: 'Need help with your order?',
  contact: 'Contact us',
  note: 'This is a Kefu demo page: the products and orders are made up.',
};

const lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'zh-CN';
if (lang === 'en') window.Kefu('setLanguage', 'en');

document.addEventListener('DOMContentLoaded', () => {
  if (lang === 'en') {
    document.documentElement.lang = 'en';
    document.title = EN.shop;
    for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = EN[el.dataset.i18n];
  }
  for (const link of document.querySelectorAll('.langs a')) {
    if (link.lang === lang) link.setAttribute('aria-current', 'page');
  }
  document.getElementById('contact').addEventListener('click', (event) => {
    event.preventDefault();
    window.Kefu('open');
  });
});
