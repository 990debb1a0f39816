/*
 * The small page the ribbon's 重新生成 opens as a dialog to say how the re-run went. The message
 * comes in the query string and is shown as text (textContent), never as markup.
 */
const params = new URLSearchParams(window.location.search);
const english = params.get("lang") === "en";
const ok = params.get("ok") === "1";
document.documentElement.lang = english ? "en-US" : "zh-CN";
if (!ok) document.body.classList.add("failed");
const title = document.getElementById("title");
const text = document.getElementById("text");
if (title)
  title.textContent = ok
    ? english
      ? "Report re-run"
      : "已重新生成"
    : english
      ? "Re-run failed"
      : "重新生成未完成";
if (text) text.textContent = params.get("text") ?? "";
