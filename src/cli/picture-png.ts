/**
 * The ranking's picture (core/report/ranking-picture.ts, an SVG) as a PNG, drawn by resvg — no
 * browser. Chinese text needs a Chinese font on the machine (Microsoft YaHei on Windows, PingFang
 * on macOS, Noto Sans CJK or WenQuanYi on Linux): resvg finds it among the system's fonts.
 */
export async function pictureToPng(svg: string): Promise<Uint8Array> {
  // Loaded only when a picture is asked for: the native renderer is not needed otherwise.
  const { Resvg } = await import("@resvg/resvg-js");
  const rendered = new Resvg(svg, {
    font: { loadSystemFonts: true, defaultFontFamily: "WenQuanYi Micro Hei" },
    // Twice the SVG's size: sharp on a phone's screen.
    fitTo: { mode: "zoom", value: 2 },
  }).render();
  return new Uint8Array(rendered.asPng());
}
