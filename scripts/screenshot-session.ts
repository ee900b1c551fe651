/** Signs the admin in through the REST API, for the screenshot scenes that set data up first. */
export async function adminCookie(
  url: string,
  admin: { email: string; password: string },
): Promise<string> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  });
  if (!login.ok) throw new Error(`signing in for the screenshots failed: ${login.status}`);
  return (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}
