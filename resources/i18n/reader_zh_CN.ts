<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ComfortController</name>
    <message>
        <location filename="../../reader/ui/controllers/comfort_controller.py" line="93" />
        <source>Reading Font</source>
        <translation>阅读字体</translation>
    </message>
</context>
<context>
    <name>FactsPanel</name>
    <message>
        <location filename="../../reader/ui/panels/facts_panel.py" line="54" />
        <location filename="../../reader/ui/panels/facts_panel.py" line="55" />
        <source>Filter facts</source>
        <translation>筛选事实</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/facts_panel.py" line="58" />
        <source>Fact</source>
        <translation>事实</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/facts_panel.py" line="58" />
        <source>Value</source>
        <translation>规范值</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/facts_panel.py" line="59" />
        <source>Facts</source>
        <translation>事实</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/facts_panel.py" line="186" />
        <source>Copy Fact</source>
        <translation>复制事实</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/facts_panel.py" line="188" />
        <source>Copy Sentence as Quotation</source>
        <translation>将所在句复制为引文</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/facts_panel.py" line="191" />
        <source>Highlight All Mentions</source>
        <translation>高亮全部出现处</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="26" />
        <source>Find in article (统战 also finds 統戰)</source>
        <translation>在文中查找(输入统战也能找到統戰)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="27" />
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="31" />
        <source>Matches</source>
        <translation>匹配数</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="32" />
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="33" />
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="56" />
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="62" />
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配 (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="63" />
        <source>Next match (F3)</source>
        <translation>下一个匹配 (F3)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="64" />
        <source>Close find bar (Esc)</source>
        <translation>关闭查找栏 (Esc)</translation>
    </message>
</context>
<context>
    <name>KeywordsDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="38" />
        <source>Keyword Lists</source>
        <translation>关键词列表</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="39" />
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="46" />
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="42" />
        <source>Keyword list</source>
        <translation>关键词列表</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="43" />
        <source>Highlight this list</source>
        <translation>高亮此列表</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="45" />
        <source>Keyword</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="45" />
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="45" />
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="49" />
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="50" />
        <source>New keyword</source>
        <translation>新关键词</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="72" />
        <source>New List…</source>
        <translation>新建列表…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="73" />
        <source>Remove Selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="74" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="85" />
        <source>Suggested:</source>
        <translation>推荐:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="88" />
        <source>Adopt suggested keyword {0}</source>
        <translation>采用推荐关键词 {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="145" />
        <source>New List</source>
        <translation>新建列表</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="145" />
        <source>Name:</source>
        <translation>名称:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="156" />
        <source>Keyword Colour</source>
        <translation>关键词颜色</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="79" />
        <source>GB/T 7714-2015</source>
        <translation>GB/T 7714-2015</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="80" />
        <source>APA 7</source>
        <translation>APA 第7版</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="81" />
        <source>Chicago (notes)</source>
        <translation>芝加哥(注释)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="82" />
        <source>Plain</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="83" />
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="246" />
        <source>Opening {0}…</source>
        <translation>正在打开 {0}…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="336" />
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="374" />
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="414" />
        <source>Opening</source>
        <translation>正在打开</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="415" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="457" />
        <source>Follow the System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="466" />
        <source>Script</source>
        <translation>字形</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="547" />
        <source>Preparing {0}…</source>
        <translation>正在准备{0}…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="729" />
        <source>Reader {0}
A calm reader for Chinese news articles.

Dictionary: CC-CEDICT (MDBG), CC BY-SA 4.0. Jyutping: ToJyutping (rime-cantonese data, CC BY 4.0).</source>
        <translation>Reader {0}
一个安静的中文新闻阅读器。

词典：CC-CEDICT（MDBG），CC BY-SA 4.0。粤拼：ToJyutping（rime-cantonese 数据，CC BY 4.0）。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="72" />
        <source>Articles (*.txt *.md *.markdown *.html *.htm *.mhtml *.mht);;All files (*)</source>
        <translation>文章 (*.txt *.md *.markdown *.html *.htm *.mhtml *.mht);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="584" />
        <source>Select a word to highlight first.</source>
        <translation>请先选中要高亮的词语。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="624" />
        <source>The new language applies when Reader next starts.</source>
        <translation>新的界面语言将在下次启动 Reader 时生效。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="640" />
        <source>Open Article</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="651" />
        <source>Export Facts</source>
        <translation>导出事实</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="651" />
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="658" />
        <source>Reader never writes over the article it reads.</source>
        <translation>Reader 不会覆盖正在阅读的文章。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="664" />
        <source>Exported {0} facts to {1}</source>
        <translation>已导出 {0} 条事实到 {1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="674" />
        <source>“{0}” changed on disk. Use File ▸ Reload (F5) to read it again.</source>
        <translation>“{0}”已在磁盘上被修改。可用 文件 ▸ 重新载入 (F5) 重新读取。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="719" />
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="719" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="728" />
        <source>About Reader</source>
        <translation>关于 Reader</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../reader/ui/reading/message_bar.py" line="18" />
        <source>Message</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/message_bar.py" line="21" />
        <source>Dismiss message</source>
        <translation>关闭提示</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <location filename="../../reader/ui/panels/outline_panel.py" line="30" />
        <source>Section outline</source>
        <translation>章节大纲</translation>
    </message>
</context>
<context>
    <name>QuoteController</name>
    <message>
        <location filename="../../reader/ui/controllers/quote_controller.py" line="18" />
        <source>GB/T 7714-2015</source>
        <translation>GB/T 7714-2015</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/quote_controller.py" line="19" />
        <source>APA 7</source>
        <translation>APA 第7版</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/quote_controller.py" line="20" />
        <source>Chicago (notes)</source>
        <translation>芝加哥(注释)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/quote_controller.py" line="21" />
        <source>Plain</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/quote_controller.py" line="22" />
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/quote_dialog.py" line="31" />
        <source>Copy as Quotation</source>
        <translation>复制为引文</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/quote_dialog.py" line="34" />
        <source>Citation style</source>
        <translation>引文格式</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/quote_dialog.py" line="39" />
        <source>Optional: the title in English</source>
        <translation>可选:标题的英文译名</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/quote_dialog.py" line="40" />
        <source>Translated title</source>
        <translation>译名</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/quote_dialog.py" line="42" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/quote_dialog.py" line="45" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/quote_dialog.py" line="50" />
        <source>Style:</source>
        <translation>格式:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/quote_dialog.py" line="51" />
        <source>Translated title:</source>
        <translation>译名:</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../../reader/ui/controllers/read_aloud.py" line="91" />
        <source>Read aloud needs Qt's text-to-speech (PySide6-Addons), which is not installed.</source>
        <translation>朗读需要 Qt 的文字转语音（PySide6-Addons），但尚未安装。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/read_aloud.py" line="98" />
        <source>No speech engine is installed (on Linux: speech-dispatcher and espeak-ng).</source>
        <translation>没有安装语音引擎（Linux 上需要 speech-dispatcher 和 espeak-ng）。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/read_aloud.py" line="109" />
        <source>Cantonese</source>
        <translation>粤语</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/read_aloud.py" line="109" />
        <source>Mandarin</source>
        <translation>普通话</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/read_aloud.py" line="110" />
        <source>No {0} voice is installed for read aloud (on Linux: speech-dispatcher-espeak-ng).</source>
        <translation>没有安装可用于朗读的{0}语音（Linux 上需要 speech-dispatcher-espeak-ng）。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/read_aloud.py" line="132" />
        <source>Speech failed: {0}</source>
        <translation>朗读失败：{0}</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../../reader/ui/reading/reading_view.py" line="102" />
        <source>Article text</source>
        <translation>正文</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../reader/ui/panels/results_panel.py" line="54" />
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/results_panel.py" line="103" />
        <source>Before the first section</source>
        <translation>第一节之前</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/results_panel.py" line="104" />
        <source>{0} · {1} hits</source>
        <translation>{0} · {1} 处</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/results_panel.py" line="104" />
        <source>{0} · 1 hit</source>
        <translation>{0} · 1 处</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts_dialog.py" line="24" />
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts_dialog.py" line="27" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts_dialog.py" line="27" />
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts_dialog.py" line="28" />
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>VerticalView</name>
    <message>
        <location filename="../../reader/ui/reading/vertical_view.py" line="71" />
        <source>Article text, vertical</source>
        <translation>正文(直排)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/vertical_view.py" line="405" />
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/vertical_view.py" line="407" />
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
</context>
<context>
    <name>WordPopup</name>
    <message>
        <location filename="../../reader/ui/reading/word_popup.py" line="30" />
        <source>Dictionary</source>
        <translation>词典</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/word_popup.py" line="37" />
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/word_popup.py" line="38" />
        <source>Add Keyword</source>
        <translation>添加关键词</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/word_popup.py" line="39" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>WordTools</name>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="316" />
        <source>Word tools failed: {0}</source>
        <translation>词语工具出错：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="331" />
        <source>Written: {0}</source>
        <translation>原文：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="347" />
        <source>Look Up “{0}”</source>
        <translation>查词“{0}”</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="348" />
        <source>Highlight “{0}” as Keyword</source>
        <translation>将“{0}”标为关键词</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="351" />
        <source>Keep “{0}” as Written</source>
        <translation>“{0}”保持原文</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="353" />
        <source>Always Convert “{0}” to…</source>
        <translation>“{0}”总是转换为…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="363" />
        <source>Always Convert To</source>
        <translation>总是转换为</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="364" />
        <source>Show “{0}” in {1} as:</source>
        <translation>在{1}中将“{0}”显示为：</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="75" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="76" />
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="77" />
        <source>&amp;Export Facts…</source>
        <translation>导出事实(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="78" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="79" />
        <source>Copy as &amp;Quotation</source>
        <translation>复制为引文(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="80" />
        <source>Copy as Quotation in &amp;Style…</source>
        <translation>按格式复制引文(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="81" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="82" />
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="83" />
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="84" />
        <source>&amp;Highlight Selection as Keyword</source>
        <translation>将所选内容标为关键词(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="85" />
        <source>&amp;Keyword Lists…</source>
        <translation>关键词列表(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="86" />
        <source>Next &amp;Keyword</source>
        <translation>下一个关键词(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="87" />
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="88" />
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="89" />
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="90" />
        <source>原文 (&amp;Original)</source>
        <translation>原文(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="91" />
        <source>简体 (&amp;Simplified)</source>
        <translation>简体(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="92" />
        <source>繁體 (&amp;Traditional)</source>
        <translation>繁體(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="93" />
        <source>臺灣正體 (Ta&amp;iwan)</source>
        <translation>臺灣正體(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="94" />
        <source>香港繁體 (&amp;Hong Kong)</source>
        <translation>香港繁體(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="95" />
        <source>Quotation &amp;Marks Follow Script</source>
        <translation>引号随字形转换(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="96" />
        <source>&amp;Vertical Layout (直排)</source>
        <translation>直排(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="98" />
        <source>Vertical for 臺灣正體 and 香港繁體</source>
        <translation>臺灣正體、香港繁體默认直排</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="99" />
        <source>Tidy &amp;Punctuation</source>
        <translation>整理标点(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="101" />
        <source>Thin Space Between Chinese and Latin</source>
        <translation>中西文之间加窄空格</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="102" />
        <source>&amp;Font…</source>
        <translation>字体(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="103" />
        <source>&amp;Distraction-Free Reading</source>
        <translation>沉浸阅读(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="105" />
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="106" />
        <source>Export as P&amp;DF…</source>
        <translation>导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="107" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="109" />
        <source>Next &amp;Pane</source>
        <translation>下一个窗格(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="110" />
        <source>Previous Pa&amp;ne</source>
        <translation>上一个窗格(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="111" />
        <source>&amp;About Reader</source>
        <translation>关于 Reader(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="112" />
        <source>&amp;Look Up Word</source>
        <translation>查词(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="113" />
        <source>Pop-up &amp;Dictionary on Hover</source>
        <translation>悬停弹出词典(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="114" />
        <source>&amp;Mark Converted Words</source>
        <translation>标出转换过的词(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="115" />
        <source>Export &amp;Vocabulary…</source>
        <translation>导出词汇表(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="116" />
        <source>&amp;Export Conversion Corrections…</source>
        <translation>导出转换校正(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="117" />
        <source>&amp;Import Conversion Corrections…</source>
        <translation>导入转换校正(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="118" />
        <source>Read &amp;Aloud / Pause</source>
        <translation>朗读 / 暂停(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="119" />
        <source>S&amp;top Reading</source>
        <translation>停止朗读(&amp;T)</translation>
    </message>
</context>
<context>
    <name>appearance</name>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="16" />
        <source>Follow the System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="17" />
        <source>Light</source>
        <translation>明亮</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="18" />
        <source>Sepia</source>
        <translation>护眼米黄</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="19" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="22" />
        <source>Compact</source>
        <translation>紧凑</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="23" />
        <source>Normal</source>
        <translation>适中</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="24" />
        <source>Relaxed</source>
        <translation>宽松</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="27" />
        <source>Narrow</source>
        <translation>窄</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="28" />
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="29" />
        <source>Wide</source>
        <translation>宽</translation>
    </message>
</context>
<context>
    <name>docks</name>
    <message>
        <location filename="../../reader/ui/window/docks.py" line="33" />
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/docks.py" line="34" />
        <source>Facts</source>
        <translation>事实</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/docks.py" line="35" />
        <source>Search Results</source>
        <translation>搜索结果</translation>
    </message>
</context>
<context>
    <name>facts</name>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="24" />
        <source>Dates and times</source>
        <translation>日期与时间</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="25" />
        <source>Amounts of money</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="26" />
        <source>Counts</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="27" />
        <source>Percentages</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="28" />
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="29" />
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="30" />
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="31" />
        <source>Titles 《》</source>
        <translation>书名 《》</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="32" />
        <source>Slogans and terms “”</source>
        <translation>口号与术语 “”</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="33" />
        <source>Abbreviations</source>
        <translation>简称</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="20" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="24" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="29" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="34" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="37" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="38" />
        <source>Reopen with &amp;Encoding</source>
        <translation>以指定编码重新打开(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="39" />
        <source>Copy &amp;As</source>
        <translation>复制为(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="40" />
        <source>&amp;Script</source>
        <translation>字形(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="41" />
        <source>&amp;Layout and Typography</source>
        <translation>版式与标点(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="42" />
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="43" />
        <source>Line &amp;Spacing</source>
        <translation>行距(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="44" />
        <source>Text &amp;Width</source>
        <translation>版心宽度(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="45" />
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="46" />
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="47" />
        <source>Conversion &amp;Corrections</source>
        <translation>转换校正(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="48" />
        <source>&amp;Readings Above Text</source>
        <translation>文字上方注音(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="49" />
        <source>Reading &amp;Speed</source>
        <translation>朗读速度(&amp;S)</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../reader/ui/messages.py" line="22" />
        <source>“{0}” does not exist.</source>
        <translation>“{0}”不存在。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="23" />
        <source>“{0}” is a folder, not a file.</source>
        <translation>“{0}”是文件夹,不是文件。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="24" />
        <source>“{0}” cannot be read (no permission, or the system refused).</source>
        <translation>无法读取“{0}”(没有权限,或系统拒绝)。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="25" />
        <source>“{0}” is empty.</source>
        <translation>“{0}”是空文件。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="26" />
        <source>“{0}” is too large to open ({1:.0f} MB).</source>
        <translation>“{0}”太大,无法打开({1:.0f} MB)。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="27" />
        <source>“{0}” is not a text file (it looks like an image, archive or program).</source>
        <translation>“{0}”不是文本文件(看起来是图片、压缩包或程序)。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="28" />
        <source>“{0}” is in an encoding Reader cannot recognise; try File ▸ Reopen with Encoding.</source>
        <translation>无法识别“{0}”的编码;请试试 文件 ▸ 以指定编码重新打开。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="31" />
        <source>“{0}” could not be opened.</source>
        <translation>无法打开“{0}”。</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="27" />
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="28" />
        <source>Pinyin, Jyutping in 香港繁體</source>
        <translation>拼音，香港繁體用粤拼</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="29" />
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="30" />
        <source>Zhuyin (Bopomofo)</source>
        <translation>注音符号</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="31" />
        <source>Jyutping (Cantonese)</source>
        <translation>粤拼（粤语）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="33" />
        <source>Slow</source>
        <translation>慢</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="33" />
        <source>Normal</source>
        <translation>适中</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="34" />
        <source>Fast</source>
        <translation>快</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="154" />
        <source>Export Vocabulary</source>
        <translation>导出词汇表</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="154" />
        <source>CSV (*.csv);;Anki, tab-separated (*.tsv)</source>
        <translation>CSV (*.csv);;Anki，制表符分隔 (*.tsv)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="162" />
        <source>Reader never writes over the article it reads.</source>
        <translation>Reader 不会覆盖正在阅读的文章。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="167" />
        <source>Could not write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="169" />
        <source>Exported {0} words to {1}</source>
        <translation>已导出 {0} 个词到 {1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="175" />
        <source>Export Conversion Corrections</source>
        <translation>导出转换校正</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="175" />
        <source>Import Conversion Corrections</source>
        <translation>导入转换校正</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="177" />
        <source>Corrections (*.json)</source>
        <translation>校正文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="186" />
        <source>“{0}” is not a corrections file: {1}</source>
        <translation>“{0}”不是校正文件：{1}</translation>
    </message>
</context>
</TS>