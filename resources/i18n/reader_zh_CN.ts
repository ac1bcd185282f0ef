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
        <location filename="../../reader/ui/window/main_window.py" line="78" />
        <source>GB/T 7714-2015</source>
        <translation>GB/T 7714-2015</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="79" />
        <source>APA 7</source>
        <translation>APA 第7版</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="80" />
        <source>Chicago (notes)</source>
        <translation>芝加哥(注释)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="81" />
        <source>Plain</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="82" />
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="243" />
        <source>Opening {0}…</source>
        <translation>正在打开 {0}…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="333" />
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="371" />
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="411" />
        <source>Opening</source>
        <translation>正在打开</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="412" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="454" />
        <source>Follow the System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="463" />
        <source>Script</source>
        <translation>字形</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="543" />
        <source>Preparing {0}…</source>
        <translation>正在准备{0}…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="71" />
        <source>Articles (*.txt *.md *.markdown *.html *.htm *.mhtml *.mht);;All files (*)</source>
        <translation>文章 (*.txt *.md *.markdown *.html *.htm *.mhtml *.mht);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="579" />
        <source>Select a word to highlight first.</source>
        <translation>请先选中要高亮的词语。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="619" />
        <source>The new language applies when Reader next starts.</source>
        <translation>新的界面语言将在下次启动 Reader 时生效。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="635" />
        <source>Open Article</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="646" />
        <source>Export Facts</source>
        <translation>导出事实</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="646" />
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="653" />
        <source>Reader never writes over the article it reads.</source>
        <translation>Reader 不会覆盖正在阅读的文章。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="659" />
        <source>Exported {0} facts to {1}</source>
        <translation>已导出 {0} 条事实到 {1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="669" />
        <source>“{0}” changed on disk. Use File ▸ Reload (F5) to read it again.</source>
        <translation>“{0}”已在磁盘上被修改。可用 文件 ▸ 重新载入 (F5) 重新读取。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="714" />
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="714" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="723" />
        <source>About Reader</source>
        <translation>关于 Reader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="724" />
        <source>Reader {0}
A calm reader for Chinese news articles.</source>
        <translation>Reader {0}
从容阅读中文新闻。</translation>
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
    <name>NoteDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/note_dialog.py" line="35" />
        <location filename="../../reader/ui/dialogs/note_dialog.py" line="41" />
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/note_dialog.py" line="42" />
        <source>Your note (optional)</source>
        <translation>你的笔记（可选）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/note_dialog.py" line="56" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>NotesExportDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/notes_export_dialog.py" line="32" />
        <source>Export Notes</source>
        <translation>导出笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/notes_export_dialog.py" line="39" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/notes_export_dialog.py" line="42" />
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/notes_export_dialog.py" line="43" />
        <source>Script:</source>
        <translation>字体：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/notes_export_dialog.py" line="44" />
        <source>Citation style:</source>
        <translation>引文格式：</translation>
    </message>
</context>
<context>
    <name>NotesMenus</name>
    <message>
        <location filename="../../reader/ui/controllers/notes_menus.py" line="47" />
        <source>Highlight in {0}</source>
        <translation>{0}高亮</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_menus.py" line="50" />
        <source>Highlight with Note…</source>
        <translation>高亮并加笔记…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_menus.py" line="55" />
        <source>Add Margin Note Here…</source>
        <translation>在此处添加旁注…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_menus.py" line="60" />
        <source>Edit Note…</source>
        <translation>编辑笔记…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_menus.py" line="67" />
        <source>Delete Highlight</source>
        <translation>删除高亮</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../reader/ui/panels/notes_panel.py" line="62" />
        <location filename="../../reader/ui/panels/notes_panel.py" line="63" />
        <source>Filter notes</source>
        <translation>筛选笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/notes_panel.py" line="69" />
        <source>Highlights and notes</source>
        <translation>高亮和笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/notes_panel.py" line="89" />
        <source>Not found in the current text ({0})</source>
        <translation>在当前文本中找不到（{0}）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/notes_panel.py" line="145" />
        <location filename="../../reader/ui/panels/notes_panel.py" line="146" />
        <source>Show {0} highlights</source>
        <translation>显示{0}高亮</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/notes_panel.py" line="166" />
        <source>{0} highlights · {1} margin notes</source>
        <translation>{0} 条高亮 · {1} 条旁注</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/notes_panel.py" line="168" />
        <source>{0} not found</source>
        <translation>{0} 条找不到</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/notes_panel.py" line="171" />
        <source>showing {0}</source>
        <translation>显示 {0} 条</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/notes_panel.py" line="179" />
        <source>Edit Note…</source>
        <translation>编辑笔记…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/notes_panel.py" line="187" />
        <source>Delete</source>
        <translation>删除</translation>
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
    <name>ReadingView</name>
    <message>
        <location filename="../../reader/ui/reading/reading_view.py" line="104" />
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
    <name>_Strip</name>
    <message>
        <location filename="../../reader/ui/reading/margin_marks.py" line="113" />
        <source>Margin note</source>
        <translation>旁注</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="77" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="78" />
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="79" />
        <source>&amp;Export Facts…</source>
        <translation>导出事实(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="80" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="81" />
        <source>Copy as &amp;Quotation</source>
        <translation>复制为引文(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="82" />
        <source>Copy as Quotation in &amp;Style…</source>
        <translation>按格式复制引文(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="83" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="84" />
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="85" />
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="86" />
        <source>&amp;Highlight Selection as Keyword</source>
        <translation>将所选内容标为关键词(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="87" />
        <source>&amp;Keyword Lists…</source>
        <translation>关键词列表(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="88" />
        <source>Next &amp;Keyword</source>
        <translation>下一个关键词(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="89" />
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="90" />
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="91" />
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="92" />
        <source>原文 (&amp;Original)</source>
        <translation>原文(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="93" />
        <source>简体 (&amp;Simplified)</source>
        <translation>简体(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="94" />
        <source>繁體 (&amp;Traditional)</source>
        <translation>繁體(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="95" />
        <source>臺灣正體 (Ta&amp;iwan)</source>
        <translation>臺灣正體(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="96" />
        <source>香港繁體 (&amp;Hong Kong)</source>
        <translation>香港繁體(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="97" />
        <source>Quotation &amp;Marks Follow Script</source>
        <translation>引号随字形转换(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="98" />
        <source>&amp;Vertical Layout (直排)</source>
        <translation>直排(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="100" />
        <source>Vertical for 臺灣正體 and 香港繁體</source>
        <translation>臺灣正體、香港繁體默认直排</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="101" />
        <source>Tidy &amp;Punctuation</source>
        <translation>整理标点(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="103" />
        <source>Thin Space Between Chinese and Latin</source>
        <translation>中西文之间加窄空格</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="104" />
        <source>&amp;Font…</source>
        <translation>字体(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="105" />
        <source>&amp;Distraction-Free Reading</source>
        <translation>沉浸阅读(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="107" />
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="108" />
        <source>Export as P&amp;DF…</source>
        <translation>导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="109" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="111" />
        <source>Next &amp;Pane</source>
        <translation>下一个窗格(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="112" />
        <source>Previous Pa&amp;ne</source>
        <translation>上一个窗格(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="113" />
        <source>&amp;About Reader</source>
        <translation>关于 Reader(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="114" />
        <source>&amp;Highlight Selection</source>
        <translation>高亮选中文字(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="115" />
        <source>Highlight in &amp;Yellow</source>
        <translation>黄色高亮(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="116" />
        <source>Highlight in &amp;Green</source>
        <translation>绿色高亮(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="117" />
        <source>Highlight in &amp;Blue</source>
        <translation>蓝色高亮(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="118" />
        <source>Highlight in &amp;Pink</source>
        <translation>粉色高亮(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="119" />
        <source>Highlight with &amp;Note…</source>
        <translation>高亮并加笔记(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="120" />
        <source>&amp;Margin Note…</source>
        <translation>旁注(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="121" />
        <source>&amp;Copy All Notes</source>
        <translation>复制全部笔记(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="122" />
        <source>&amp;Export Notes…</source>
        <translation>导出笔记(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="123" />
        <source>Export Article as &amp;Markdown…</source>
        <translation>将文章导出为 Markdown(&amp;M)…</translation>
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
    <message>
        <location filename="../../reader/ui/window/docks.py" line="36" />
        <source>Notes</source>
        <translation>笔记</translation>
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
        <location filename="../../reader/ui/window/menus.py" line="23" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="27" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="31" />
        <source>&amp;Notes</source>
        <translation>笔记(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="35" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="38" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="39" />
        <source>Reopen with &amp;Encoding</source>
        <translation>以指定编码重新打开(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="40" />
        <source>Copy &amp;As</source>
        <translation>复制为(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="41" />
        <source>&amp;Script</source>
        <translation>字形(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="42" />
        <source>&amp;Layout and Typography</source>
        <translation>版式与标点(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="43" />
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="44" />
        <source>Line &amp;Spacing</source>
        <translation>行距(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="45" />
        <source>Text &amp;Width</source>
        <translation>版心宽度(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="46" />
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="47" />
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
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
    <name>notes</name>
    <message>
        <location filename="../../reader/ui/controllers/notes_controller.py" line="48" />
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_controller.py" line="49" />
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_controller.py" line="50" />
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_controller.py" line="51" />
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_controller.py" line="151" />
        <source>Select the words to highlight first.</source>
        <translation>请先选中要高亮的文字。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_controller.py" line="190" />
        <source>Highlight deleted.</source>
        <translation>已删除高亮。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_controller.py" line="240" />
        <source>{0} of this article's highlights are not found in the current text: they are kept, listed at the end of the Notes panel.</source>
        <translation>这篇文章有 {0} 条高亮在当前文本中找不到：它们仍然保留，列在笔记面板的末尾。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_controller.py" line="294" />
        <source>Notes cannot be kept for this article.</source>
        <translation>无法为这篇文章保存笔记。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_controller.py" line="370" />
        <source>{0} stored highlights were damaged (edited by hand?) and were repaired as well as possible.</source>
        <translation>{0} 条已存的高亮已损坏（被手动编辑过？），已尽量修复。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_controller.py" line="373" />
        <source>{0} could not be read at all and were skipped; the others are shown.</source>
        <translation>{0} 条完全无法读取，已跳过；其余的照常显示。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="34" />
        <source>Markdown (Obsidian, Word)</source>
        <translation>Markdown（Obsidian、Word）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="35" />
        <source>JSON (W3C Web Annotation)</source>
        <translation>JSON（W3C 网络批注）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="36" />
        <source>CSV (spreadsheet)</source>
        <translation>CSV（电子表格）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="40" />
        <source>As shown ({0})</source>
        <translation>按显示的字体（{0}）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="41" />
        <source>As written (original script)</source>
        <translation>按原文字体</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="75" />
        <source>Copied {0} highlights and notes.</source>
        <translation>已复制 {0} 条高亮和笔记。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="83" />
        <source>Exported {0} highlights and notes to {1}</source>
        <translation>已将 {0} 条高亮和笔记导出到 {1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="92" />
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="146" />
        <source>Highlights</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="146" />
        <source>Not found in the current text</source>
        <translation>在当前文本中找不到</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="146" />
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="146" />
        <source>after</source>
        <translation>位于</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="147" />
        <source>Open in Reader</source>
        <translation>在 Reader 中打开</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="158" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="171" />
        <source>Could not write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/passage_link.py" line="36" />
        <source>The passage of the link is not in this article.</source>
        <translation>链接所指的段落不在这篇文章中。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="112" />
        <source>Damaged library file</source>
        <translation>文库文件已损坏</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="113" />
        <source>The library file {0} is damaged, so highlights and notes cannot be read or saved.

Set it aside (it is renamed, not deleted) and start a new one? The highlights and notes that can still be read are recovered into it.</source>
        <translation>文库文件 {0} 已损坏，无法读取或保存高亮和笔记。

要把它移到一旁（只改名，不删除）并新建一个吗？仍可读取的高亮和笔记会恢复到新文件中。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="124" />
        <source>The damaged library file was set aside (not deleted). {0} highlights and notes were recovered from it; they come back as you open their articles.</source>
        <translation>已将损坏的文库文件移到一旁（未删除）。从中恢复了 {0} 条高亮和笔记；打开相应文章时它们会重新出现。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="127" />
        <source>{0} could not be read.</source>
        <translation>{0} 条无法读取。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="160" />
        <source>The article could not be kept in the library, so its notes are not saved: {0}</source>
        <translation>无法将文章存入文库，因此其笔记未保存：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="173" />
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="175" />
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="177" />
        <source>Highlights and notes cannot be read or saved: {0}</source>
        <translation>无法读取或保存高亮和笔记：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="185" />
        <source>the library file is damaged ({0})</source>
        <translation>文库文件已损坏（{0}）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="187" />
        <source>the library file was written by a newer Reader</source>
        <translation>文库文件由较新版本的 Reader 写入</translation>
    </message>
</context>
</TS>