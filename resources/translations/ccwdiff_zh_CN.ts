<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <location filename="../../ccwdiff/ui/export_flow.py" line="119"/>
        <source>&lt;h3&gt;ccwdiff %1&lt;/h3&gt;&lt;p&gt;Compares two successive reports of a meeting: paragraphs aligned, words diffed, mandate changes first.&lt;/p&gt;&lt;p&gt;Qt %2, PySide6 %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ccwdiff %1&lt;/h3&gt;&lt;p&gt;比较一个会议的两份相继报告：段落对齐，逐词比较，授权变化优先。&lt;/p&gt;&lt;p&gt;Qt %2，PySide6 %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/export_flow.py" line="128"/>
        <source>About ccwdiff</source>
        <translation>关于 ccwdiff</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ccwdiff/ui/dialogs.py" line="49"/>
        <source>Compare a shorter extract, or split the document into parts.</source>
        <translation>请比较较短的节选，或将文件拆分为几部分。</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/dialogs.py" line="53"/>
        <source>Open the file again (File &gt; Open Old… or Open New…) and enter the password when asked. If you do not know it, ask the sender of the file.</source>
        <translation>请重新打开该文件（文件 &gt; 打开旧版… 或 打开新版…），并在提示时输入密码。如不知道密码，请向文件发送者索取。</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/dialogs.py" line="60"/>
        <source>Check that the file is a complete PDF, Word (.docx) or text report, then open it again with File &gt; Open Old… or Open New….</source>
        <translation>请确认该文件是完整的 PDF、Word (.docx) 或文本报告，然后通过“文件 &gt; 打开旧报告…”或“打开新报告…”重新打开。</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/dialogs.py" line="66"/>
        <source>Choose another folder or file name and export again.</source>
        <translation>请选择其他文件夹或文件名后重新导出。</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/dialogs.py" line="81"/>
        <source>The password given does not open this PDF.</source>
        <translation>所输入的密码无法打开此 PDF。</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/dialogs.py" line="84"/>
        <source>This PDF is protected by a password, and none was entered.</source>
        <translation>此 PDF 受密码保护，但未输入密码。</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/dialogs.py" line="93"/>
        <source>Could not use “%1”.</source>
        <translation>无法使用“%1”。</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/dialogs.py" line="97"/>
        <source>The operation could not be completed.</source>
        <translation>操作未能完成。</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/dialogs.py" line="100"/>
        <location filename="../../ccwdiff/ui/dialogs.py" line="118"/>
        <source>ccwdiff</source>
        <translation>ccwdiff</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/dialogs.py" line="129"/>
        <source>The password for “%1” is wrong. Try again:</source>
        <translation>“%1”的密码不正确。请重试：</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/dialogs.py" line="131"/>
        <source>“%1” is protected by a password. Password:</source>
        <translation>“%1”受密码保护。密码：</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/dialogs.py" line="134"/>
        <source>Password required</source>
        <translation>需要密码</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/dialogs.py" line="146"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/dialogs.py" line="150"/>
        <source>Something went wrong inside ccwdiff. Your files were not changed and you can keep working. Please copy the details below into a bug report.</source>
        <translation>ccwdiff 内部出现问题。您的文件未被更改，可以继续工作。请将以下详细信息复制到错误报告中。</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/dialogs.py" line="164"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>Drops</name>
    <message>
        <location filename="../../ccwdiff/ui/drops.py" line="29"/>
        <source>“%1” is a folder. Drop the report files themselves.</source>
        <translation>“%1”是文件夹。请拖放报告文件本身。</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/drops.py" line="33"/>
        <source>“%1” does not exist any more.</source>
        <translation>“%1”已不存在。</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/drops.py" line="37"/>
        <source>“%1” is not a supported type. Use PDF, Word (.docx) or text (.txt) files.</source>
        <translation>不支持“%1”的文件类型。请使用 PDF、Word (.docx) 或文本 (.txt) 文件。</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/drops.py" line="49"/>
        <source>Only files can be dropped here, not text.</source>
        <translation>此处只能拖放文件，不能拖放文字。</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/drops.py" line="55"/>
        <source>“%1” is not a local file. Download it first, then drop the file.</source>
        <translation>“%1”不是本地文件。请先下载，再拖放该文件。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../ccwdiff/ui/export_flow.py" line="48"/>
        <source>Compare two reports first.</source>
        <translation>请先比较两份报告。</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/export_flow.py" line="58"/>
        <source>This build of ccwdiff cannot export %1.</source>
        <translation>此版本的 ccwdiff 无法导出 %1。</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/export_flow.py" line="68"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/export_flow.py" line="69"/>
        <source>Web pages (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/export_flow.py" line="70"/>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/export_flow.py" line="71"/>
        <source>JSON data (*.json)</source>
        <translation>JSON 数据 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/export_flow.py" line="74"/>
        <source>Export comparison</source>
        <translation>导出比较结果</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/export_flow.py" line="84"/>
        <source>That is one of the compared reports; choose another file name.</source>
        <translation>这是被比较的报告之一，请选择其他文件名。</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/export_flow.py" line="105"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ccwdiff/ui/window_parts.py" line="96"/>
        <source>%1 paragraphs match</source>
        <translation>%1 个段落匹配</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/window_parts.py" line="100"/>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/window_parts.py" line="101"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/window_parts.py" line="102"/>
        <source>Search both documents (Ctrl+F)</source>
        <translation>在两份文件中搜索 (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ccwdiff/ui/main_window.py" line="225"/>
        <source>Changes</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/main_window.py" line="243"/>
        <source>No paragraph matches “%1”.</source>
        <translation>没有段落与“%1”匹配。</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/main_window.py" line="245"/>
        <source>No paragraph matches the filters.</source>
        <translation>没有段落符合筛选条件。</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/main_window.py" line="246"/>
        <source>Clear the search or the filters in the toolbar to see the reports.</source>
        <translation>清除工具栏中的搜索或筛选条件即可查看报告。</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/main_window.py" line="253"/>
        <source>Drop the older report here
(or File &gt; Open Old…)</source>
        <translation>将较早的报告拖放到此处
（或“文件 &gt; 打开旧报告…”）</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/main_window.py" line="254"/>
        <source>Drop the newer report here
(or File &gt; Open New…)</source>
        <translation>将较新的报告拖放到此处
（或“文件 &gt; 打开新报告…”）</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/main_window.py" line="272"/>
        <location filename="../../ccwdiff/ui/main_window.py" line="288"/>
        <source>Older</source>
        <translation>旧</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/main_window.py" line="273"/>
        <location filename="../../ccwdiff/ui/main_window.py" line="289"/>
        <source>Newer</source>
        <translation>新</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/opening.py" line="83"/>
        <source>Open the older report</source>
        <translation>打开较早的报告</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/opening.py" line="85"/>
        <source>Open the newer report</source>
        <translation>打开较新的报告</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/main_window.py" line="250"/>
        <location filename="../../ccwdiff/ui/opening.py" line="144"/>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/opening.py" line="165"/>
        <location filename="../../ccwdiff/ui/opening.py" line="215"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/reading.py" line="90"/>
        <source>No more changes below.</source>
        <translation>下方没有更多变化。</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/reading.py" line="92"/>
        <source>No more changes above.</source>
        <translation>上方没有更多变化。</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/reading.py" line="116"/>
        <source>Filters were cleared to show this paragraph.</source>
        <translation>已清除筛选条件以显示此段落。</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/reading.py" line="140"/>
        <source>Double-click to go to the other end of the move.</source>
        <translation>双击转到移动的另一端。</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/reading.py" line="175"/>
        <source>Copied %1.</source>
        <translation>已复制 %1。</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/main_window.py" line="424"/>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/main_window.py" line="439"/>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/opening.py" line="87"/>
        <source>Reports (*.pdf *.docx *.txt *.md);;All files (*)</source>
        <translation>报告 (*.pdf *.docx *.txt *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/opening.py" line="197"/>
        <source>The pairs corrected by hand earlier for these files are applied again (Edit &gt; Restore Automatic Pairing forgets them).</source>
        <translation>之前为这两个文件手动更正的配对已再次应用（编辑 &gt; 恢复自动配对 可清除）。</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/opening.py" line="241"/>
        <source>Drop to compare these reports (the older one goes left).</source>
        <translation>松开即可比较这些报告（较早的在左侧）。</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/opening.py" line="249"/>
        <source>Drop to open as the older report (left).</source>
        <translation>松开即可作为较早的报告打开（左侧）。</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/opening.py" line="251"/>
        <source>Drop to open as the newer report (right).</source>
        <translation>松开即可作为较新的报告打开（右侧）。</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/opening.py" line="281"/>
        <source>Some dropped items cannot be compared.</source>
        <translation>部分拖放的项目无法比较。</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/opening.py" line="287"/>
        <source>Drop one or two reports at a time.</source>
        <translation>每次请拖放一份或两份报告。</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/opening.py" line="288"/>
        <source>Two files are compared with each other; one file replaces one side.</source>
        <translation>两份文件会相互比较；一份文件则替换其中一侧。</translation>
    </message>
</context>
<context>
    <name>MandatePanel</name>
    <message>
        <location filename="../../ccwdiff/ui/mandate_panel.py" line="103"/>
        <source>Mandate changes</source>
        <translation>授权变化</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/mandate_panel.py" line="105"/>
        <source>Mandate changes: none found between these reports</source>
        <translation>授权变化：这两份报告之间未发现</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/mandate_panel.py" line="107"/>
        <source>Mandate changes (%1) — click one to see it in context</source>
        <translation>授权变化（%1）— 单击一项可在上下文中查看</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/mandate_panel.py" line="146"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/mandate_panel.py" line="149"/>
        <source>Copy &amp;All Mandate Changes</source>
        <translation>复制全部授权变化(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/mandate_panel.py" line="239"/>
        <source>removed:</source>
        <translation>删除：</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/mandate_panel.py" line="240"/>
        <source>added:</source>
        <translation>新增：</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../ccwdiff/ui/navigator.py" line="78"/>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/navigator.py" line="78"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/navigator.py" line="128"/>
        <source>(before the first heading)</source>
        <translation>（第一个标题之前）</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/navigator.py" line="144"/>
        <source>moved to %1</source>
        <translation>移至 %1</translation>
    </message>
</context>
<context>
    <name>Pairing</name>
    <message>
        <location filename="../../ccwdiff/ui/pairing.py" line="112"/>
        <source>Pair With</source>
        <translation>配对</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/pairing.py" line="121"/>
        <source>Filter by number or words (unpaired paragraphs are in bold)</source>
        <translation>按编号或文字筛选（未配对的段落以粗体显示）</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/pairing.py" line="144"/>
        <source>Pair</source>
        <translation>配对</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/pairing.py" line="221"/>
        <source>Pair %1 with which paragraph of the newer report?</source>
        <translation>将 %1 与较新报告的哪一段配对？</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/pairing.py" line="223"/>
        <source>Pair %1 with which paragraph of the older report?</source>
        <translation>将 %1 与较旧报告的哪一段配对？</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/pairing.py" line="292"/>
        <source>Aligning again…</source>
        <translation>正在重新对齐…</translation>
    </message>
</context>
<context>
    <name>Render</name>
    <message>
        <location filename="../../ccwdiff/ui/render.py" line="170"/>
        <location filename="../../ccwdiff/ui/render.py" line="188"/>
        <source>moved to %1 (double-click to follow)</source>
        <translation>移至 %1（双击跳转）</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/render.py" line="178"/>
        <source>moved here from %1 (double-click to follow)</source>
        <translation>从 %1 移到此处（双击跳转）</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/render.py" line="185"/>
        <source>moved from %1 (double-click to follow)</source>
        <translation>移自 %1（双击跳转）</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <location filename="../../ccwdiff/ui/window_parts.py" line="135"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/window_parts.py" line="136"/>
        <source>Stop comparing (Esc)</source>
        <translation>停止比较 (Esc)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/window_parts.py" line="165"/>
        <source>Drop two reports, or use File &gt; Open Old… and Open New….</source>
        <translation>拖放两份报告，或使用“文件 &gt; 打开旧报告…”和“打开新报告…”。</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/window_parts.py" line="177"/>
        <source>Mandate changes</source>
        <translation>授权变化</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/window_parts.py" line="182"/>
        <source>by hand: %1 paired, %2 kept apart</source>
        <translation>手动：配对 %1 处，分开 %2 处</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/window_parts.py" line="186"/>
        <source>%1 of %2 rows shown</source>
        <translation>显示 %1 / %2 行</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="63"/>
        <source>fn. </source>
        <translation>脚注 </translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="87"/>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="88"/>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="89"/>
        <source>inserted</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="90"/>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="91"/>
        <location filename="../../ccwdiff/ui/i18n.py" line="105"/>
        <source>moved</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="92"/>
        <source>split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="93"/>
        <source>merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="101"/>
        <source>mandate</source>
        <translation>授权</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="102"/>
        <source>routine</source>
        <translation>例行</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="103"/>
        <source>list</source>
        <translation>名单</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="104"/>
        <source>renumbered</source>
        <translation>重新编号</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="106"/>
        <source>substantive</source>
        <translation>实质性</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="107"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="108"/>
        <source>reference</source>
        <translation>引用</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="109"/>
        <source>paired by hand</source>
        <translation>手动配对</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="117"/>
        <source>Reading files</source>
        <translation>正在读取文件</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="118"/>
        <source>Cleaning text</source>
        <translation>正在清理文本</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="119"/>
        <source>Finding paragraphs</source>
        <translation>正在识别段落</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="120"/>
        <source>Segmenting words</source>
        <translation>正在分词</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="121"/>
        <source>Aligning paragraphs</source>
        <translation>正在对齐段落</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="122"/>
        <source>Comparing words</source>
        <translation>正在逐词比较</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="123"/>
        <source>Classifying changes</source>
        <translation>正在分类变化</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="124"/>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="132"/>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="133"/>
        <source>strength</source>
        <translation>力度</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="134"/>
        <source>time frame</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="135"/>
        <source>meeting days</source>
        <translation>会期</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="136"/>
        <source>reporting</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="137"/>
        <source>chair</source>
        <translation>主席</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="138"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="139"/>
        <source>new decision</source>
        <translation>新决定</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="140"/>
        <source>removed decision</source>
        <translation>删除的决定</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="148"/>
        <source>Old and new are the same file: every paragraph is unchanged.</source>
        <translation>新旧是同一个文件：所有段落均未改变。</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="151"/>
        <source>The two documents are identical in wording.</source>
        <translation>两份文件的措辞完全相同。</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="154"/>
        <source>The two documents are in different languages; the comparison will mostly show replacements.</source>
        <translation>两份文件使用不同的语言；比较结果将主要显示替换。</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/i18n.py" line="159"/>
        <source>No numbered paragraphs or headings were recognised; compared as plain paragraphs.</source>
        <translation>未识别出编号段落或标题；已按普通段落比较。</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="208"/>
        <source>Open &amp;Old…</source>
        <translation>打开旧报告(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="208"/>
        <source>Choose the older report (left)</source>
        <translation>选择较早的报告（左侧）</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="209"/>
        <source>Open &amp;New…</source>
        <translation>打开新报告(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="209"/>
        <source>Choose the newer report (right)</source>
        <translation>选择较新的报告（右侧）</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="210"/>
        <source>&amp;Swap Sides</source>
        <translation>交换左右(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="210"/>
        <source>Swap the older and newer report</source>
        <translation>交换较早和较新的报告</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="211"/>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="211"/>
        <source>Read both files again and compare</source>
        <translation>重新读取两份文件并比较</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="212"/>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="212"/>
        <source>Save the comparison as PDF</source>
        <translation>将比较结果保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="214"/>
        <source>Export &amp;HTML…</source>
        <translation>导出 HTML(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="215"/>
        <source>Save the comparison as a web page</source>
        <translation>将比较结果保存为网页</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="218"/>
        <source>Export &amp;Word…</source>
        <translation>导出 Word(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="219"/>
        <source>Save the comparison as a Word document (DOCX) to edit and forward</source>
        <translation>将比较结果存为 Word 文档（DOCX），便于编辑和转发</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="222"/>
        <source>Export &amp;JSON…</source>
        <translation>导出 JSON(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="223"/>
        <source>Save the comparison as data (the command line&apos;s JSON)</source>
        <translation>将比较结果存为数据（与命令行的 JSON 相同）</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="225"/>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="226"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="227"/>
        <source>&amp;Copy Paragraph</source>
        <translation>复制段落(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="227"/>
        <source>Copy the citation and both texts</source>
        <translation>复制引用及两段文字</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="229"/>
        <source>&amp;Select Text</source>
        <translation>选择文字(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="230"/>
        <source>A caret in the paragraph: Shift+arrows select, Esc ends</source>
        <translation>在段落中放置光标：Shift+方向键选择，Esc 结束</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="233"/>
        <source>Pair &amp;With…</source>
        <translation>手动配对(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="234"/>
        <source>Pair this paragraph with one of the other report, whatever the wording</source>
        <translation>将本段与另一份报告中的某一段配对，不论措辞</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="237"/>
        <source>&amp;Unpair</source>
        <translation>取消配对(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="238"/>
        <source>These two are not the same paragraph: show a deletion and an insertion</source>
        <translation>这两段不是同一段：显示为一处删除和一处插入</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="241"/>
        <source>Un&amp;do Pairing</source>
        <translation>撤销配对(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="242"/>
        <source>Undo the last pair made or undone by hand</source>
        <translation>撤销最近一次手动配对或取消配对</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="245"/>
        <source>&amp;Restore Automatic Pairing</source>
        <translation>恢复自动配对(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="246"/>
        <source>Forget the pairs made and undone by hand</source>
        <translation>撤销所有手动配对和取消配对</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="248"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="248"/>
        <source>Search in both documents</source>
        <translation>在两份文件中搜索</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="249"/>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="250"/>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="251"/>
        <source>&amp;Side by Side</source>
        <translation>并排(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="251"/>
        <source>Old and new side by side</source>
        <translation>新旧并排显示</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="252"/>
        <source>&amp;Inline</source>
        <translation>合并显示(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="252"/>
        <source>One column with changes marked</source>
        <translation>单栏显示并标出变化</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="254"/>
        <source>&amp;Letter Paper for PDF</source>
        <translation>PDF 使用 Letter 纸张(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="255"/>
        <source>Export PDFs on US Letter paper instead of A4</source>
        <translation>导出 PDF 时使用美国 Letter 纸张而非 A4</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="257"/>
        <source>&amp;Colour-Blind-Safe Colours</source>
        <translation>色盲友好配色(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="257"/>
        <source>Orange and blue</source>
        <translation>橙色和蓝色</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="258"/>
        <source>Change &amp;Navigator</source>
        <translation>变化导航(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="259"/>
        <source>&amp;Mandate Panel</source>
        <translation>授权面板(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="260"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="261"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="262"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="263"/>
        <source>Follow &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="264"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="265"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="266"/>
        <source>&amp;System Language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="269"/>
        <source>&amp;Mandate Only</source>
        <translation>仅授权(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="269"/>
        <source>Show only mandate changes</source>
        <translation>只显示授权变化</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="271"/>
        <source>Hide &amp;Routine</source>
        <translation>隐藏例行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="272"/>
        <source>Hide routine roll-over changes</source>
        <translation>隐藏例行的逐年更新</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="274"/>
        <source>Hide &amp;Unchanged</source>
        <translation>隐藏未变(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="274"/>
        <source>Hide unchanged paragraphs</source>
        <translation>隐藏未变的段落</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="275"/>
        <source>Hide &amp;Footnotes</source>
        <translation>隐藏脚注(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="275"/>
        <source>Hide the footnotes</source>
        <translation>隐藏脚注</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="276"/>
        <source>&amp;Next Change</source>
        <translation>下一处变化(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="276"/>
        <source>Go to the next change</source>
        <translation>转到下一处变化</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="278"/>
        <source>&amp;Previous Change</source>
        <translation>上一处变化(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="279"/>
        <source>Go to the previous change</source>
        <translation>转到上一处变化</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="281"/>
        <source>Next &amp;Mandate Change</source>
        <translation>下一处授权变化(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="283"/>
        <source>&amp;Follow Move</source>
        <translation>跟随移动(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="284"/>
        <source>Go to where a moved paragraph went</source>
        <translation>转到被移动段落的新位置</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="286"/>
        <source>Cancel Comparison</source>
        <translation>取消比较</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="287"/>
        <source>Open &amp;Log Folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="288"/>
        <source>&amp;About ccwdiff</source>
        <translation>关于 ccwdiff(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="295"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="296"/>
        <source>&amp;Recent Comparisons</source>
        <translation>最近的比较(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="297"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="298"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="299"/>
        <source>&amp;Appearance</source>
        <translation>外观(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="300"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="301"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ccwdiff/ui/actions.py" line="302"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
</TS>
