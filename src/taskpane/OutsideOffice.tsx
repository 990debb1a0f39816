/**
 * What the page says when it is not running in Excel (opened in a browser, office.js blocked) or
 * in an Excel too old for it: what govrank is and how to open it, in Chinese and in English,
 * instead of a blank page.
 */
import {
  Body1,
  Caption1,
  FluentProvider,
  Subtitle2,
  Title2,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { OFFICE_TOO_OLD } from "../excel/requirements";
import { PAGE_ROOT } from "./page-style";

const useStyles = makeStyles({
  root: { ...PAGE_ROOT, gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  steps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

export type OutsideReason = "not-in-excel" | "office-too-old";

export function OutsideOffice({ reason }: { reason: OutsideReason }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} lang="zh-CN">
      <main className={styles.root}>
        <Title2 as="h1">部门排名 govrank</Title2>
        <Body1>
          govrank 是 Excel
          加载项：选中部门表格，按公开通报的方法计算综合指标、等级和排名，生成结果表、图表和通报草稿。
        </Body1>
        {reason === "not-in-excel" ? (
          <section className={styles.section} aria-labelledby="open-zh">
            <Subtitle2 as="h2" id="open-zh">
              此页面需要在 Excel 中打开
            </Subtitle2>
            <ol className={styles.steps}>
              <li>
                <Body1>
                  Excel 桌面版（Windows、Mac）：“开始”选项卡
                  →“部门排名”。如果没有这个按钮：“插入”→“加载项”→“我的加载项”，选择“部门排名”。
                </Body1>
              </li>
              <li>
                <Body1>
                  Excel
                  网页版：打开工作簿，“开始”→“加载项”→“部门排名”；未安装时请联系管理员部署，或按
                  README 上传清单文件。
                </Body1>
              </li>
            </ol>
          </section>
        ) : (
          <section className={styles.section} aria-labelledby="old-zh">
            <Subtitle2 as="h2" id="old-zh">
              此版本的 Excel 无法运行 govrank
            </Subtitle2>
            <Body1>{OFFICE_TOO_OLD.zh}</Body1>
          </section>
        )}
        <section className={styles.section} lang="en-US" aria-labelledby="open-en">
          <Subtitle2 as="h2" id="open-en">
            {reason === "not-in-excel"
              ? "Open this page in Excel"
              : "This Excel cannot run govrank"}
          </Subtitle2>
          <Caption1>
            govrank is an Excel add-in that scores, grades and ranks department tables by the
            published methods and writes ranked sheets, charts and a bulletin draft.{" "}
            {reason === "not-in-excel"
              ? "In Excel on Windows or Mac: Home → 部门排名 (or Insert → Add-ins → My Add-ins). In Excel on the web: Home → Add-ins → 部门排名; if it is not there, ask your administrator to deploy it, or upload the manifest as the README says."
              : OFFICE_TOO_OLD.en}
          </Caption1>
        </section>
      </main>
    </FluentProvider>
  );
}
