// msw's cookie jar; the simulated API sets no cookies, so nothing needs remembering.
export class Cookie {
  static fromJSON() {
    return undefined;
  }
}
export class MemoryCookieStore {
  idx = {};
}
export class CookieJar {
  getCookiesSync() {
    return [];
  }
  async setCookie() {}
}
