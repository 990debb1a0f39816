/**
 * Saving a file from the pane: an object URL and a link with `download`, as a browser saves one.
 * Excel on the web and on Windows (WebView2) save it to the Downloads folder; a host that blocks
 * downloads throws or does nothing, and the clerk still has the text to copy (BulletinCard).
 */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    link.rel = "noopener";
    document.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    // Give the host a moment to start the download before the URL goes.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/** A picture's SVG drawn on a canvas, as PNG: the pane's way to the ranking's picture. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const image = new Image();
  // A data: URL, which the pane's Content-Security-Policy allows for images (blob: it does not).
  const source = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error("the picture could not be drawn"));
    image.src = source;
  });
  const canvas = document.createElement("canvas");
  canvas.width = image.naturalWidth * scale;
  canvas.height = image.naturalHeight * scale;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("no canvas here");
  context.scale(scale, scale);
  context.drawImage(image, 0, 0);
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("no PNG"))), "image/png"),
  );
}
