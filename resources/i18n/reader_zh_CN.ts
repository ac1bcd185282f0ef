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
    <name>Exporter</name>
    <message>
        <location filename="../../reader/ui/window/exports.py" line="49" />
        <source>Exported {0} to {1}</source>
        <translation>已将{0}导出到 {1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/exports.py" line="51" />
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/exports.py" line="82" />
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/exports.py" line="82" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/exports.py" line="105" />
        <source>Export Facts</source>
        <translation>导出事实</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/exports.py" line="105" />
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/exports.py" line="114" />
        <source>{0} facts</source>
        <translation>{0} 条事实</translation>
    </message>
</context>
<context>
    <name>FactsAcross</name>
    <message>
        <location filename="../../reader/ui/library/facts_view.py" line="21" />
        <source>Names: organisations, people, places</source>
        <translation>名称:机构、人物、地点</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/facts_view.py" line="22" />
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/facts_view.py" line="23" />
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/facts_view.py" line="24" />
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/facts_view.py" line="25" />
        <source>Titles 《》</source>
        <translation>书名 《》</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/facts_view.py" line="26" />
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/facts_view.py" line="27" />
        <source>Amounts of money</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/facts_view.py" line="44" />
        <source>Kind of fact</source>
        <translation>事实类别</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/facts_view.py" line="49" />
        <source>Fact</source>
        <translation>事实</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/facts_view.py" line="49" />
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/facts_view.py" line="49" />
        <source>Mentions</source>
        <translation>提及</translation>
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
    <name>FileOpener</name>
    <message>
        <location filename="../../reader/ui/window/opener.py" line="25" />
        <source>Articles (*.txt *.md *.markdown *.html *.htm *.mhtml *.mht);;All files (*)</source>
        <translation>文章 (*.txt *.md *.markdown *.html *.htm *.mhtml *.mht);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/opener.py" line="49" />
        <source>Opening</source>
        <translation>正在打开</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/opener.py" line="50" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/opener.py" line="85" />
        <source>Opening {0}…</source>
        <translation>正在打开 {0}…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/opener.py" line="107" />
        <source>Open Article</source>
        <translation>打开文章</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../reader/ui/library/filter_bar.py" line="15" />
        <source>All scripts</source>
        <translation>全部字体</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/filter_bar.py" line="16" />
        <source>Mixed</source>
        <translation>混合</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/filter_bar.py" line="27" />
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/filter_bar.py" line="28" />
        <source>Script</source>
        <translation>字形</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/filter_bar.py" line="31" />
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/filter_bar.py" line="32" />
        <source>From (YYYY-MM-DD)</source>
        <translation>起(YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/filter_bar.py" line="33" />
        <source>To (YYYY-MM-DD)</source>
        <translation>止(YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/filter_bar.py" line="34" />
        <source>Unread only</source>
        <translation>只看未读</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/filter_bar.py" line="56" />
        <source>All outlets</source>
        <translation>全部媒体</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/filter_bar.py" line="57" />
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/filter_bar.py" line="68" />
        <source>{0} of {1} articles</source>
        <translation>{0} / {1} 篇文章</translation>
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
    <name>ImportBar</name>
    <message>
        <location filename="../../reader/ui/library/import_bar.py" line="32" />
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/import_bar.py" line="33" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/import_bar.py" line="35" />
        <source>Failed Files…</source>
        <translation>未导入的文件…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/import_bar.py" line="49" />
        <source>Looking for articles…</source>
        <translation>正在查找文章…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/import_bar.py" line="58" />
        <source>Importing {0} of {1}: {2}</source>
        <translation>正在导入 {0} / {1}:{2}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/import_bar.py" line="62" />
        <source>{0} added, {1} updated, {2} already there, {3} failed</source>
        <translation>新增 {0} 篇,更新 {1} 篇,已有 {2} 篇,失败 {3} 个</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/import_bar.py" line="65" />
        <source>Cancelled after {0} of {1} files: </source>
        <translation>已在 {0} / {1} 个文件后取消:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/import_bar.py" line="80" />
        <source>Files Not Imported</source>
        <translation>未导入的文件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/import_bar.py" line="81" />
        <source>{0} files could not be imported; the others were.</source>
        <translation>{0} 个文件无法导入,其余文件已导入。</translation>
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
    <name>LibraryController</name>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="37" />
        <source>Articles (CSV) (*.csv)</source>
        <translation>文章 (CSV) (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="38" />
        <source>Facts of the articles (CSV) (*.csv)</source>
        <translation>文章中的事实 (CSV) (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="39" />
        <source>Articles and their facts (JSON) (*.json)</source>
        <translation>文章及其事实 (JSON) (*.json)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="40" />
        <source>Bibliography, GB/T 7714 (*.txt)</source>
        <translation>参考文献,GB/T 7714 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="41" />
        <source>Bibliography, APA (*.txt)</source>
        <translation>参考文献,APA (*.txt)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="42" />
        <source>Bibliography, Chicago (*.txt)</source>
        <translation>参考文献,Chicago (*.txt)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="158" />
        <source>Remove from Library</source>
        <translation>从文库中移除</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="159" />
        <source>Remove {0} articles from the library? Their files stay where they are.</source>
        <translation>从文库中移除 {0} 篇文章?文件本身保留原处。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="169" />
        <source>Edit Tags</source>
        <translation>编辑标签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="169" />
        <source>Tags, separated by commas:</source>
        <translation>标签(以逗号分隔):</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="182" />
        <source>Export {0} Articles</source>
        <translation>导出 {0} 篇文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="202" />
        <source>Exported {0} articles to {1}</source>
        <translation>已将 {0} 篇文章导出到 {1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="212" />
        <source>Watch a Folder</source>
        <translation>监视文件夹</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="213" />
        <source>New articles in “{0}” are added to the library. Stop watching it?</source>
        <translation>“{0}”中的新文章会加入文库。要停止监视它吗?</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="218" />
        <source>Watch a Folder for New Articles</source>
        <translation>监视文件夹中的新文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="230" />
        <source>Use Another Library File</source>
        <translation>使用另一个文库文件</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="231" />
        <source>Reader library (*.sqlite3)</source>
        <translation>Reader 文库 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="282" />
        <location filename="../../reader/ui/controllers/library_controller.py" line="287" />
        <location filename="../../reader/ui/controllers/library_controller.py" line="295" />
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="286" />
        <source>Start a new, empty library? The old file is kept, renamed beside it.</source>
        <translation>要新建一个空文库吗?旧文件会保留,改名后放在原处旁边。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="295" />
        <source>The old library file is kept as {0}.</source>
        <translation>旧文库文件已保留为 {0}。</translation>
    </message>
</context>
<context>
    <name>LibraryTableModel</name>
    <message>
        <location filename="../../reader/ui/library/table_model.py" line="21" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/table_model.py" line="22" />
        <source>Column</source>
        <translation>栏目</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/table_model.py" line="23" />
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/table_model.py" line="24" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/table_model.py" line="25" />
        <source>Words</source>
        <translation>字数</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/table_model.py" line="26" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/table_model.py" line="27" />
        <source>Read</source>
        <translation>已读</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="63" />
        <source>Library — Reader</source>
        <translation>文库 — Reader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="104" />
        <source>Search ({0})</source>
        <translation>搜索({0})</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="104" />
        <location filename="../../reader/ui/library/library_window.py" line="141" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="139" />
        <source>Search every article (统战 finds 統戰)…</source>
        <translation>搜索全部文章(输入统战也能找到統戰)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="142" />
        <source>Facts Across Articles</source>
        <translation>跨文章事实</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="143" />
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="144" />
        <source>Watch Lists</source>
        <translation>关注列表</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="158" />
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="162" />
        <source>Add Files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="163" />
        <source>Add Folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="164" />
        <location filename="../../reader/ui/library/library_window.py" line="252" />
        <source>Remove from Library</source>
        <translation>从文库中移除</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="166" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="168" />
        <source>Watch a Folder…</source>
        <translation>监视文件夹…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="169" />
        <source>Use Another Library File…</source>
        <translation>使用另一个文库文件…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="171" />
        <source>Remember Articles I Open</source>
        <translation>记住我打开的文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="179" />
        <source>&amp;Library</source>
        <translation>文库(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="247" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="248" />
        <source>Mark as Read</source>
        <translation>标为已读</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="249" />
        <source>Mark as Unread</source>
        <translation>标为未读</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="250" />
        <source>Edit Tags…</source>
        <translation>编辑标签…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="260" />
        <source>Add Articles</source>
        <translation>添加文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="267" />
        <source>Add a Folder of Articles</source>
        <translation>添加文章文件夹</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="68" />
        <source>GB/T 7714-2015</source>
        <translation>GB/T 7714-2015</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="69" />
        <source>APA 7</source>
        <translation>APA 第7版</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="70" />
        <source>Chicago (notes)</source>
        <translation>芝加哥(注释)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="71" />
        <source>Plain</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="72" />
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="364" />
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="435" />
        <source>Follow the System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="444" />
        <source>Script</source>
        <translation>字形</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="531" />
        <source>Preparing {0}…</source>
        <translation>正在准备{0}…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="678" />
        <source>Reader {0}
A calm reader for Chinese news articles.

Dictionary: CC-CEDICT (MDBG), CC BY-SA 4.0. Jyutping: ToJyutping (rime-cantonese data, CC BY 4.0).</source>
        <translation>Reader {0}
一个安静的中文新闻阅读器。

词典：CC-CEDICT（MDBG），CC BY-SA 4.0。粤拼：ToJyutping（rime-cantonese 数据，CC BY 4.0）。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="586" />
        <source>Select a word to highlight first.</source>
        <translation>请先选中要高亮的词语。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="627" />
        <source>The new language applies when Reader next starts.</source>
        <translation>新的界面语言将在下次启动 Reader 时生效。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="252" />
        <source>“{0}” is no longer on disk: this is the copy kept in the library.</source>
        <translation>“{0}”已不在磁盘上:这是文库中保存的副本。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="642" />
        <source>“{0}” changed on disk. Use File ▸ Reload (F5) to read it again.</source>
        <translation>“{0}”已在磁盘上被修改。可用 文件 ▸ 重新载入 (F5) 重新读取。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="677" />
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
    <message>
        <location filename="../../reader/ui/controllers/quote_controller.py" line="62" />
        <location filename="../../reader/ui/controllers/quote_controller.py" line="78" />
        <source>Select the passage to quote first.</source>
        <translation>请先选中要引用的段落。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/quote_controller.py" line="70" />
        <source>Quotation copied ({0}).</source>
        <translation>引文已复制({0})。</translation>
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
        <location filename="../../reader/ui/reading/reading_view.py" line="105" />
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
    <name>SearchController</name>
    <message>
        <location filename="../../reader/ui/controllers/search_controller.py" line="77" />
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/search_controller.py" line="84" />
        <source>Invalid pattern</source>
        <translation>表达式无效</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/search_controller.py" line="84" />
        <source>Pattern too slow: simplify it</source>
        <translation>模式太慢：请简化</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/search_controller.py" line="85" />
        <source>(the first {0})</source>
        <translation>（前 {0} 处）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/search_controller.py" line="116" />
        <source>(wrapped)</source>
        <translation>(已从头继续)</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../reader/ui/library/search_results.py" line="26" />
        <source>Search results across the library</source>
        <translation>文库搜索结果</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/search_results.py" line="27" />
        <source>Article / hit</source>
        <translation>文章 / 命中</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/search_results.py" line="27" />
        <source>Hits</source>
        <translation>命中</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/search_results.py" line="27" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>SettingsKeeper</name>
    <message>
        <location filename="../../reader/ui/window/settings_keeper.py" line="82" />
        <source>Settings cannot be saved to “{0}” ({1}); they are kept until Reader closes.</source>
        <translation>无法将设置保存到“{0}”（{1}）；设置会保留到 Reader 关闭为止。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/settings_keeper.py" line="91" />
        <source>The settings file was unusable ({0}); the defaults are used.</source>
        <translation>设置文件无法使用（{0}），已改用默认设置。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/settings_keeper.py" line="92" />
        <source>The settings file was unusable ({0}); it was kept as “{1}” and the defaults are used.</source>
        <translation>设置文件无法使用（{0}），已另存为“{1}”，并改用默认设置。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/settings_keeper.py" line="95" />
        <source>Some settings were damaged and are back to their defaults: {0}.</source>
        <translation>部分设置已损坏，已恢复默认值：{0}。</translation>
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
    <name>Timeline</name>
    <message>
        <location filename="../../reader/ui/library/timeline_view.py" line="22" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/timeline_view.py" line="22" />
        <source>Published</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/timeline_view.py" line="22" />
        <source>Mentioned</source>
        <translation>提及</translation>
    </message>
</context>
<context>
    <name>VerticalView</name>
    <message>
        <location filename="../../reader/ui/reading/vertical_view.py" line="73" />
        <source>Article text, vertical</source>
        <translation>正文(直排)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/vertical_view.py" line="250" />
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/vertical_view.py" line="252" />
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
</context>
<context>
    <name>WatchLists</name>
    <message>
        <location filename="../../reader/ui/library/watch_view.py" line="26" />
        <source>Keyword / article</source>
        <translation>关键词 / 文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/watch_view.py" line="26" />
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/watch_view.py" line="26" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/watch_view.py" line="48" />
        <source>No keyword lists yet: Edit ▸ Keyword Lists in the reading window.</source>
        <translation>还没有关键词列表:在阅读窗口中选择“编辑 ▸ 关键词列表”。</translation>
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
        <location filename="../../reader/ui/controllers/word_tools.py" line="344" />
        <source>Word tools failed: {0}</source>
        <translation>词语工具出错：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="359" />
        <source>Written: {0}</source>
        <translation>原文：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="375" />
        <source>Look Up “{0}”</source>
        <translation>查词“{0}”</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="376" />
        <source>Highlight “{0}” as Keyword</source>
        <translation>将“{0}”标为关键词</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="379" />
        <source>Keep “{0}” as Written</source>
        <translation>“{0}”保持原文</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="381" />
        <source>Always Convert “{0}” to…</source>
        <translation>“{0}”总是转换为…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="391" />
        <source>Always Convert To</source>
        <translation>总是转换为</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="392" />
        <source>Show “{0}” in {1} as:</source>
        <translation>在{1}中将“{0}”显示为：</translation>
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
        <location filename="../../reader/ui/window/actions.py" line="86" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="87" />
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="88" />
        <source>&amp;Library…</source>
        <translation>文库(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="89" />
        <source>&amp;Export Facts…</source>
        <translation>导出事实(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="90" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="91" />
        <source>Copy as &amp;Quotation</source>
        <translation>复制为引文(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="92" />
        <source>Copy as Quotation in &amp;Style…</source>
        <translation>按格式复制引文(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="93" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="94" />
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="95" />
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="96" />
        <source>&amp;Highlight Selection as Keyword</source>
        <translation>将所选内容标为关键词(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="97" />
        <source>&amp;Keyword Lists…</source>
        <translation>关键词列表(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="98" />
        <source>Next &amp;Keyword</source>
        <translation>下一个关键词(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="99" />
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="100" />
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="101" />
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="102" />
        <source>原文 (&amp;Original)</source>
        <translation>原文(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="103" />
        <source>简体 (&amp;Simplified)</source>
        <translation>简体(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="104" />
        <source>繁體 (&amp;Traditional)</source>
        <translation>繁體(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="105" />
        <source>臺灣正體 (Ta&amp;iwan)</source>
        <translation>臺灣正體(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="106" />
        <source>香港繁體 (&amp;Hong Kong)</source>
        <translation>香港繁體(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="107" />
        <source>Quotation &amp;Marks Follow Script</source>
        <translation>引号随字形转换(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="108" />
        <source>&amp;Vertical Layout (直排)</source>
        <translation>直排(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="110" />
        <source>Vertical for 臺灣正體 and 香港繁體</source>
        <translation>臺灣正體、香港繁體默认直排</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="111" />
        <source>Tidy &amp;Punctuation</source>
        <translation>整理标点(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="113" />
        <source>Thin Space Between Chinese and Latin</source>
        <translation>中西文之间加窄空格</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="114" />
        <source>&amp;Font…</source>
        <translation>字体(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="115" />
        <source>&amp;Distraction-Free Reading</source>
        <translation>沉浸阅读(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="117" />
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="118" />
        <source>Export as P&amp;DF…</source>
        <translation>导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="119" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="121" />
        <source>Next &amp;Pane</source>
        <translation>下一个窗格(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="122" />
        <source>Previous Pa&amp;ne</source>
        <translation>上一个窗格(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="123" />
        <source>&amp;About Reader</source>
        <translation>关于 Reader(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="124" />
        <source>&amp;Highlight Selection</source>
        <translation>高亮选中文字(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="125" />
        <source>Highlight in &amp;Yellow</source>
        <translation>黄色高亮(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="126" />
        <source>Highlight in &amp;Green</source>
        <translation>绿色高亮(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="127" />
        <source>Highlight in &amp;Blue</source>
        <translation>蓝色高亮(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="128" />
        <source>Highlight in &amp;Pink</source>
        <translation>粉色高亮(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="129" />
        <source>Highlight with &amp;Note…</source>
        <translation>高亮并加笔记(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="130" />
        <source>&amp;Margin Note…</source>
        <translation>旁注(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="131" />
        <source>&amp;Copy All Notes</source>
        <translation>复制全部笔记(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="132" />
        <source>&amp;Export Notes…</source>
        <translation>导出笔记(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="133" />
        <source>Export Article as &amp;Markdown…</source>
        <translation>将文章导出为 Markdown(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="134" />
        <source>&amp;Look Up Word</source>
        <translation>查词(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="135" />
        <source>Pop-up &amp;Dictionary on Hover</source>
        <translation>悬停弹出词典(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="136" />
        <source>&amp;Mark Converted Words</source>
        <translation>标出转换过的词(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="137" />
        <source>Export &amp;Vocabulary…</source>
        <translation>导出词汇表(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="138" />
        <source>&amp;Export Conversion Corrections…</source>
        <translation>导出转换校正(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="139" />
        <source>&amp;Import Conversion Corrections…</source>
        <translation>导入转换校正(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="140" />
        <source>Read &amp;Aloud / Pause</source>
        <translation>朗读 / 暂停(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="141" />
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
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="69" />
        <source>since {}</source>
        <translation>自 {} 起</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="71" />
        <source>until {}</source>
        <translation>至 {}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="73" />
        <source>for {}</source>
        <translation>为期 {}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="75" />
        <source>every time: {}</source>
        <translation>每次：{}</translation>
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
        <source>&amp;Notes</source>
        <translation>笔记(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="38" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="41" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="42" />
        <source>Reopen with &amp;Encoding</source>
        <translation>以指定编码重新打开(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="43" />
        <source>Copy &amp;As</source>
        <translation>复制为(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="44" />
        <source>&amp;Script</source>
        <translation>字形(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="45" />
        <source>&amp;Layout and Typography</source>
        <translation>版式与标点(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="46" />
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="47" />
        <source>Line &amp;Spacing</source>
        <translation>行距(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="48" />
        <source>Text &amp;Width</source>
        <translation>版心宽度(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="49" />
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="50" />
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="51" />
        <source>Conversion &amp;Corrections</source>
        <translation>转换校正(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="52" />
        <source>&amp;Readings Above Text</source>
        <translation>文字上方注音(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="53" />
        <source>Reading &amp;Speed</source>
        <translation>朗读速度(&amp;S)</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../reader/ui/messages.py" line="25" />
        <source>“{0}” does not exist.</source>
        <translation>“{0}”不存在。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="26" />
        <source>“{0}” is a folder, not a file.</source>
        <translation>“{0}”是文件夹,不是文件。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="27" />
        <source>“{0}” cannot be read (no permission, or the system refused).</source>
        <translation>无法读取“{0}”(没有权限,或系统拒绝)。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="28" />
        <source>“{0}” is empty.</source>
        <translation>“{0}”是空文件。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="29" />
        <source>“{0}” is too large to open ({1:.0f} MB; Reader opens up to {3:.0f} MB).</source>
        <translation>“{0}”太大,无法打开({1:.0f} MB;Reader 最多打开 {3:.0f} MB)。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="30" />
        <source>“{0}” is not a text file (it looks like an image, archive or program).</source>
        <translation>“{0}”不是文本文件(看起来是图片、压缩包或程序)。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="31" />
        <source>“{0}” is in an encoding Reader cannot recognise; try File ▸ Reopen with Encoding.</source>
        <translation>无法识别“{0}”的编码;请试试 文件 ▸ 以指定编码重新打开。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="33" />
        <source>“{0}” is nested or marked up too heavily to be read ({2}).</source>
        <translation>“{0}”嵌套或标记过多,无法读取({2})。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="34" />
        <source>Nothing was saved: “{0}” could not be written ({2}).</source>
        <translation>未保存任何内容:无法写入“{0}”({2})。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="35" />
        <source>Nothing was saved: “{0}” is the article being read, and Reader never writes over it.</source>
        <translation>未保存任何内容:“{0}”是正在阅读的文章,Reader 从不覆盖它。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="38" />
        <source>“{0}” has too many lines to open ({1:,}; Reader opens up to {2:,}).</source>
        <translation>“{0}”行数过多,无法打开({1:,} 行;Reader 最多打开 {2:,} 行)。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="39" />
        <source>“{0}” could not be opened.</source>
        <translation>无法打开“{0}”。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="52" />
        <source>The library file “{0}” is damaged or is not a Reader library.</source>
        <translation>文库文件“{0}”已损坏,或不是 Reader 文库。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="53" />
        <source>The library file “{0}” was written by a newer version of Reader, which this one cannot read.</source>
        <translation>文库文件“{0}”由更新版本的 Reader 写入,当前版本无法读取。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="55" />
        <source>The library file “{0}” is busy in another Reader window; try again in a moment.</source>
        <translation>文库文件“{0}”正被另一个 Reader 窗口使用,请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="58" />
        <source>The library file “{0}” cannot be opened ({1}).</source>
        <translation>无法打开文库文件“{0}”({1})。</translation>
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
        <location filename="../../reader/ui/controllers/notes_export.py" line="36" />
        <source>Markdown (Obsidian, Word)</source>
        <translation>Markdown（Obsidian、Word）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="37" />
        <source>JSON (W3C Web Annotation)</source>
        <translation>JSON（W3C 网络批注）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="38" />
        <source>CSV (spreadsheet)</source>
        <translation>CSV（电子表格）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="42" />
        <source>As shown ({0})</source>
        <translation>按显示的字体（{0}）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="43" />
        <source>As written (original script)</source>
        <translation>按原文字体</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="77" />
        <source>Copied {0} highlights and notes.</source>
        <translation>已复制 {0} 条高亮和笔记。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="86" />
        <source>Exported {0} highlights and notes to {1}</source>
        <translation>已将 {0} 条高亮和笔记导出到 {1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="95" />
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="149" />
        <source>Highlights</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="149" />
        <source>Not found in the current text</source>
        <translation>在当前文本中找不到</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="149" />
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="149" />
        <source>after</source>
        <translation>位于</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="150" />
        <source>Open in Reader</source>
        <translation>在 Reader 中打开</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="161" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="178" />
        <source>Could not write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="120" />
        <source>The damaged library file was set aside (not deleted). {0} highlights and notes were recovered from it; they come back as you open their articles.</source>
        <translation>已将损坏的文库文件移到一旁（未删除）。从中恢复了 {0} 条高亮和笔记；打开相应文章时它们会重新出现。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="123" />
        <source>{0} could not be read.</source>
        <translation>{0} 条无法读取。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="156" />
        <source>The article could not be kept in the library, so its notes are not saved: {0}</source>
        <translation>无法将文章存入文库，因此其笔记未保存：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="163" />
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="165" />
        <source>Highlights and notes cannot be read or saved: {0}</source>
        <translation>无法读取或保存高亮和笔记：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="173" />
        <source>the library file {0} is damaged. File ▸ Library offers to set it aside (it is kept) and start a new one; the notes that can still be read in it are recovered then.</source>
        <translation>文库文件 {0} 已损坏。“文件 ▸ 文库”可将其移到一旁（文件保留）并新建一个；其中仍可读取的笔记届时会被恢复。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="177" />
        <source>the library file was written by a newer Reader</source>
        <translation>文库文件由较新版本的 Reader 写入</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/passage_link.py" line="36" />
        <source>The passage of the link is not in this article.</source>
        <translation>链接所指的段落不在这篇文章中。</translation>
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
        <location filename="../../reader/ui/window/word_wiring.py" line="174" />
        <source>Export Vocabulary</source>
        <translation>导出词汇表</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="174" />
        <source>CSV (*.csv);;Anki, tab-separated (*.tsv)</source>
        <translation>CSV (*.csv);;Anki，制表符分隔 (*.tsv)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="189" />
        <source>Exported {0} words to {1}</source>
        <translation>已导出 {0} 个词到 {1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="195" />
        <source>Export Conversion Corrections</source>
        <translation>导出转换校正</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="195" />
        <source>Import Conversion Corrections</source>
        <translation>导入转换校正</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="197" />
        <source>Corrections (*.json)</source>
        <translation>校正文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="211" />
        <source>“{0}” is not a corrections file: {1}</source>
        <translation>“{0}”不是校正文件：{1}</translation>
    </message>
</context>
</TS>