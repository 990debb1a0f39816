import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Office reports its theme as colours; a dark body background means Office's dark theme. */
export function isDarkBackground(bodyBackgroundColor: string | undefined): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(bodyBackgroundColor ?? "");
  if (!match) return false;
  const [r, g, b] = [match[1], match[2], match[3]].map(
    (hex) => parseInt(hex ?? "ff", 16) / 255,
  ) as [number, number, number];
  // Relative luminance (sRGB weights, no gamma: good enough to tell dark from light).
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

export function fluentThemeFor(bodyBackgroundColor: string | undefined): Theme {
  return isDarkBackground(bodyBackgroundColor) ? webDarkTheme : webLightTheme;
}
