import { describe, expect, it } from "vitest";
import { sanitiseFileName, withMatchingExtension } from "./file-name.js";

describe("file names of uploads", () => {
  it("keep only the last part of a path, from any system", () => {
    expect(sanitiseFileName("../../etc/passwd")).toBe("passwd");
    expect(sanitiseFileName("C:\\Users\\amina\\permit.pdf")).toBe("permit.pdf");
  });

  it("lose control characters, quotes and header separators, and keep letters of every script", () => {
    expect(sanitiseFileName('per"mit\r\n;x.pdf')).toBe("permitx.pdf");
    expect(sanitiseFileName("Άδεια διαμονής.pdf")).toBe("Άδεια διαμονής.pdf");
    expect(sanitiseFileName("تصريح العمل.jpg")).toBe("تصريح العمل.jpg");
    expect(sanitiseFileName("a\u202Egpj.exe")).toBe("agpj.exe");
  });

  it("never start with a dot and never come out empty", () => {
    expect(sanitiseFileName(".htaccess")).toBe("htaccess");
    expect(sanitiseFileName("///")).toBe("document");
    expect(sanitiseFileName("")).toBe("document");
  });

  it("are cut to a reasonable length, keeping the extension", () => {
    const long = sanitiseFileName(`${"x".repeat(300)}.pdf`);
    expect(long).toHaveLength(120);
    expect(long.endsWith(".pdf")).toBe(true);
  });

  it("take the extension of the content they hold", () => {
    expect(withMatchingExtension("photo.pdf", "image/jpeg")).toBe("photo.jpg");
    expect(withMatchingExtension("scan", "application/pdf")).toBe("scan.pdf");
    expect(withMatchingExtension("permit.PNG", "image/png")).toBe("permit.png");
  });
});
