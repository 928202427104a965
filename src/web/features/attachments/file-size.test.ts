import { describe, expect, it } from "vitest";
import { formatFileSize } from "./file-size.js";

describe("file sizes", () => {
  it("read in kilobytes or megabytes, in the reader's language", () => {
    expect(formatFileSize(640_000, "en")).toBe("640 kB");
    expect(formatFileSize(2_430_000, "en")).toBe("2.4 MB");
    expect(formatFileSize(2_430_000, "el")).toBe("2,4 MB");
    expect(formatFileSize(12, "en")).toBe("0.1 kB");
  });
});
