/**
 * Page patterns the admin writes to pick host pages (`/checkout*`, `*\/help/*`,
 * `https://shop.example.com/orders*`): `*` stands for any run of characters, everything else for
 * itself, letters in either case. A pattern that starts with `/` is matched against the page's
 * path and query; any other against the whole address.
 */
export function matchesPage(pattern: string, url: string): boolean {
  let address: URL;
  try {
    address = new URL(url);
  } catch {
    return false;
  }
  const subject = pattern.startsWith('/') ? address.pathname + address.search : address.href;
  return wildcardMatch(pattern.toLowerCase(), subject.toLowerCase());
}

/**
 * `*` as any run of characters, the rest literally. A scan that only ever steps back to the last
 * `*` takes at most pattern × address steps; a regular expression with several `.*` can take
 * exponential time on an address a visitor crafted.
 */
function wildcardMatch(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    if (pattern[p] === '*') {
      star = p;
      p += 1;
      resume = t;
    } else if (p < pattern.length && pattern[p] === text[t]) {
      p += 1;
      t += 1;
    } else if (star >= 0) {
      p = star + 1;
      resume += 1;
      t = resume;
    } else {
      return false;
    }
  }
  while (pattern[p] === '*') p += 1;
  return p === pattern.length;
}
