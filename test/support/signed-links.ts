/**
 * The link with the first character of its signature changed. (Changing the last ones is not always a change: the
 * last base64url character of a 32-byte signature carries two padding bits that decoding ignores.)
 */
export function withChangedSignature(url: string): string {
  const at = url.lastIndexOf(".") + 1;
  return `${url.slice(0, at)}${url[at] === "A" ? "B" : "A"}${url.slice(at + 1)}`;
}
