<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
<context>
    <name>ComfortController</name>
    <message>
        <location filename="../../reader/ui/controllers/comfort_controller.py" line="93" />
        <source>Reading Font</source>
        <translation>閱讀字型</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../reader/ui/window/exports.py" line="49" />
        <source>Exported {0} to {1}</source>
        <translation>已將{0}匯出到 {1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/exports.py" line="51" />
        <source>Saved {0}</source>
        <translation>已儲存 {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/exports.py" line="82" />
        <source>Export as PDF</source>
        <translation>匯出為 PDF</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/exports.py" line="82" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/exports.py" line="105" />
        <source>Export Facts</source>
        <translation>匯出事實</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/exports.py" line="105" />
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/exports.py" line="114" />
        <source>{0} facts</source>
        <translation>{0} 條事實</translation>
    </message>
</context>
<context>
    <name>FactsAcross</name>
    <message>
        <location filename="../../reader/ui/library/facts_view.py" line="21" />
        <source>Names: organisations, people, places</source>
        <translation>名稱:機構、人物、地點</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/facts_view.py" line="22" />
        <source>Organisations</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/facts_view.py" line="23" />
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/facts_view.py" line="24" />
        <source>Places</source>
        <translation>地點</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/facts_view.py" line="25" />
        <source>Titles 《》</source>
        <translation>書名 《》</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/facts_view.py" line="26" />
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/facts_view.py" line="27" />
        <source>Amounts of money</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/facts_view.py" line="44" />
        <source>Kind of fact</source>
        <translation>事實類別</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/facts_view.py" line="49" />
        <source>Fact</source>
        <translation>事實</translation>
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
        <translation>篩選事實</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/facts_panel.py" line="58" />
        <source>Fact</source>
        <translation>事實</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/facts_panel.py" line="58" />
        <source>Value</source>
        <translation>規範值</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/facts_panel.py" line="59" />
        <source>Facts</source>
        <translation>事實</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/facts_panel.py" line="186" />
        <source>Copy Fact</source>
        <translation>複製事實</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/facts_panel.py" line="188" />
        <source>Copy Sentence as Quotation</source>
        <translation>將所在句複製為引文</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/facts_panel.py" line="191" />
        <source>Highlight All Mentions</source>
        <translation>高亮全部出現處</translation>
    </message>
</context>
<context>
    <name>FileOpener</name>
    <message>
        <location filename="../../reader/ui/window/opener.py" line="25" />
        <source>Articles (*.txt *.md *.markdown *.html *.htm *.mhtml *.mht);;All files (*)</source>
        <translation>文章 (*.txt *.md *.markdown *.html *.htm *.mhtml *.mht);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/opener.py" line="49" />
        <source>Opening</source>
        <translation>正在開啟</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/opener.py" line="50" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/opener.py" line="85" />
        <source>Opening {0}…</source>
        <translation>正在開啟 {0}…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/opener.py" line="107" />
        <source>Open Article</source>
        <translation>開啟文章</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../reader/ui/library/filter_bar.py" line="15" />
        <source>All scripts</source>
        <translation>全部字型</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/filter_bar.py" line="16" />
        <source>Mixed</source>
        <translation>混合</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/filter_bar.py" line="27" />
        <source>Outlet</source>
        <translation>媒體</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/filter_bar.py" line="28" />
        <source>Script</source>
        <translation>字形</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/filter_bar.py" line="31" />
        <source>Tag</source>
        <translation>標籤</translation>
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
        <translation>只看未讀</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/filter_bar.py" line="56" />
        <source>All outlets</source>
        <translation>全部媒體</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/filter_bar.py" line="57" />
        <source>All tags</source>
        <translation>全部標籤</translation>
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
        <translation>在文中查詢(輸入統戰也能找到统战)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="27" />
        <source>Find</source>
        <translation>查詢</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="31" />
        <source>Matches</source>
        <translation>匹配數</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="32" />
        <source>Match case</source>
        <translation>區分大小寫</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="33" />
        <source>Regular expression</source>
        <translation>正規表示式</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="56" />
        <source>No matches</source>
        <translation>無匹配</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="62" />
        <source>Previous match (Shift+F3)</source>
        <translation>上一個匹配 (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="63" />
        <source>Next match (F3)</source>
        <translation>下一個匹配 (F3)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="64" />
        <source>Close find bar (Esc)</source>
        <translation>關閉查詢欄 (Esc)</translation>
    </message>
</context>
<context>
    <name>ImportBar</name>
    <message>
        <location filename="../../reader/ui/library/import_bar.py" line="32" />
        <source>Import progress</source>
        <translation>匯入進度</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/import_bar.py" line="33" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/import_bar.py" line="35" />
        <source>Failed Files…</source>
        <translation>未匯入的檔案…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/import_bar.py" line="49" />
        <source>Looking for articles…</source>
        <translation>正在查詢文章…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/import_bar.py" line="58" />
        <source>Importing {0} of {1}: {2}</source>
        <translation>正在匯入 {0} / {1}:{2}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/import_bar.py" line="62" />
        <source>{0} added, {1} updated, {2} already there, {3} failed</source>
        <translation>新增 {0} 篇,更新 {1} 篇,已有 {2} 篇,失敗 {3} 個</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/import_bar.py" line="65" />
        <source>Cancelled after {0} of {1} files: </source>
        <translation>已在 {0} / {1} 個檔案後取消:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/import_bar.py" line="80" />
        <source>Files Not Imported</source>
        <translation>未匯入的檔案</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/import_bar.py" line="81" />
        <source>{0} files could not be imported; the others were.</source>
        <translation>{0} 個檔案無法匯入,其餘檔案已匯入。</translation>
    </message>
</context>
<context>
    <name>KeywordsDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="38" />
        <source>Keyword Lists</source>
        <translation>關鍵詞列表</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="39" />
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="46" />
        <source>Keywords</source>
        <translation>關鍵詞</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="42" />
        <source>Keyword list</source>
        <translation>關鍵詞列表</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="43" />
        <source>Highlight this list</source>
        <translation>高亮此列表</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="45" />
        <source>Keyword</source>
        <translation>關鍵詞</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="45" />
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="45" />
        <source>Count</source>
        <translation>次數</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="49" />
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="50" />
        <source>New keyword</source>
        <translation>新關鍵詞</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="72" />
        <source>New List…</source>
        <translation>新建列表…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="73" />
        <source>Remove Selected</source>
        <translation>刪除所選</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="74" />
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="85" />
        <source>Suggested:</source>
        <translation>推薦:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="88" />
        <source>Adopt suggested keyword {0}</source>
        <translation>採用推薦關鍵詞 {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="145" />
        <source>New List</source>
        <translation>新建列表</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="145" />
        <source>Name:</source>
        <translation>名稱:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="156" />
        <source>Keyword Colour</source>
        <translation>關鍵詞顏色</translation>
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
        <translation>文章中的事實 (CSV) (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="39" />
        <source>Articles and their facts (JSON) (*.json)</source>
        <translation>文章及其事實 (JSON) (*.json)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="40" />
        <source>Bibliography, GB/T 7714 (*.txt)</source>
        <translation>參考文獻,GB/T 7714 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="41" />
        <source>Bibliography, APA (*.txt)</source>
        <translation>參考文獻,APA (*.txt)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="42" />
        <source>Bibliography, Chicago (*.txt)</source>
        <translation>參考文獻,Chicago (*.txt)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="158" />
        <source>Remove from Library</source>
        <translation>從文庫中移除</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="159" />
        <source>Remove {0} articles from the library? Their files stay where they are.</source>
        <translation>從文庫中移除 {0} 篇文章?檔案本身保留原處。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="169" />
        <source>Edit Tags</source>
        <translation>編輯標籤</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="169" />
        <source>Tags, separated by commas:</source>
        <translation>標籤(以逗號分隔):</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="182" />
        <source>Export {0} Articles</source>
        <translation>匯出 {0} 篇文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="202" />
        <source>Exported {0} articles to {1}</source>
        <translation>已將 {0} 篇文章匯出到 {1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="212" />
        <source>Watch a Folder</source>
        <translation>監視資料夾</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="213" />
        <source>New articles in “{0}” are added to the library. Stop watching it?</source>
        <translation>“{0}”中的新文章會加入文庫。要停止監視它嗎?</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="218" />
        <source>Watch a Folder for New Articles</source>
        <translation>監視資料夾中的新文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="230" />
        <source>Use Another Library File</source>
        <translation>使用另一個文庫檔案</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="231" />
        <source>Reader library (*.sqlite3)</source>
        <translation>Reader 文庫 (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="282" />
        <location filename="../../reader/ui/controllers/library_controller.py" line="287" />
        <location filename="../../reader/ui/controllers/library_controller.py" line="295" />
        <source>Library</source>
        <translation>文庫</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="286" />
        <source>Start a new, empty library? The old file is kept, renamed beside it.</source>
        <translation>要新建一個空文庫嗎?舊檔案會保留,改名後放在原處旁邊。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/library_controller.py" line="295" />
        <source>The old library file is kept as {0}.</source>
        <translation>舊文庫檔案已保留為 {0}。</translation>
    </message>
</context>
<context>
    <name>LibraryTableModel</name>
    <message>
        <location filename="../../reader/ui/library/table_model.py" line="21" />
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/table_model.py" line="22" />
        <source>Column</source>
        <translation>欄目</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/table_model.py" line="23" />
        <source>Outlet</source>
        <translation>媒體</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/table_model.py" line="24" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/table_model.py" line="25" />
        <source>Words</source>
        <translation>字數</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/table_model.py" line="26" />
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/table_model.py" line="27" />
        <source>Read</source>
        <translation>已讀</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="63" />
        <source>Library — Reader</source>
        <translation>文庫 — Reader</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="104" />
        <source>Search ({0})</source>
        <translation>搜尋({0})</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="104" />
        <location filename="../../reader/ui/library/library_window.py" line="141" />
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="139" />
        <source>Search every article (统战 finds 統戰)…</source>
        <translation>搜尋全部文章(輸入統戰也能找到统战)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="142" />
        <source>Facts Across Articles</source>
        <translation>跨文章事實</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="143" />
        <source>Timeline</source>
        <translation>時間線</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="144" />
        <source>Watch Lists</source>
        <translation>關注列表</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="158" />
        <source>Library</source>
        <translation>文庫</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="162" />
        <source>Add Files…</source>
        <translation>新增檔案…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="163" />
        <source>Add Folder…</source>
        <translation>新增資料夾…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="164" />
        <location filename="../../reader/ui/library/library_window.py" line="252" />
        <source>Remove from Library</source>
        <translation>從文庫中移除</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="166" />
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="168" />
        <source>Watch a Folder…</source>
        <translation>監視資料夾…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="169" />
        <source>Use Another Library File…</source>
        <translation>使用另一個文庫檔案…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="171" />
        <source>Remember Articles I Open</source>
        <translation>記住我開啟的文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="179" />
        <source>&amp;Library</source>
        <translation>文庫(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="247" />
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="248" />
        <source>Mark as Read</source>
        <translation>標為已讀</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="249" />
        <source>Mark as Unread</source>
        <translation>標為未讀</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="250" />
        <source>Edit Tags…</source>
        <translation>編輯標籤…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="260" />
        <source>Add Articles</source>
        <translation>新增文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/library/library_window.py" line="267" />
        <source>Add a Folder of Articles</source>
        <translation>新增文章資料夾</translation>
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
        <translation>芝加哥(註釋)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="71" />
        <source>Plain</source>
        <translation>純文本</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="72" />
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="364" />
        <source>Keywords</source>
        <translation>關鍵詞</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="435" />
        <source>Follow the System</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="444" />
        <source>Script</source>
        <translation>字形</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="531" />
        <source>Preparing {0}…</source>
        <translation>正在準備{0}…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="678" />
        <source>Reader {0}
A calm reader for Chinese news articles.

Dictionary: CC-CEDICT (MDBG), CC BY-SA 4.0. Jyutping: ToJyutping (rime-cantonese data, CC BY 4.0).</source>
        <translation>Reader {0}
一個安靜的中文新聞閱讀器。

詞典：CC-CEDICT（MDBG），CC BY-SA 4.0。粵拼：ToJyutping（rime-cantonese 資料，CC BY 4.0）。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="586" />
        <source>Select a word to highlight first.</source>
        <translation>請先選中要高亮的詞語。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="627" />
        <source>The new language applies when Reader next starts.</source>
        <translation>新的介面語言將在下次啟動 Reader 時生效。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="252" />
        <source>“{0}” is no longer on disk: this is the copy kept in the library.</source>
        <translation>“{0}”已不在磁碟上:這是文庫中儲存的副本。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="642" />
        <source>“{0}” changed on disk. Use File ▸ Reload (F5) to read it again.</source>
        <translation>“{0}”已在磁碟上被修改。可用 檔案 ▸ 重新載入 (F5) 重新讀取。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="677" />
        <source>About Reader</source>
        <translation>關於 Reader</translation>
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
        <translation>關閉提示</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/note_dialog.py" line="35" />
        <location filename="../../reader/ui/dialogs/note_dialog.py" line="41" />
        <source>Note</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/note_dialog.py" line="42" />
        <source>Your note (optional)</source>
        <translation>你的筆記（可選）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/note_dialog.py" line="56" />
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
</context>
<context>
    <name>NotesExportDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/notes_export_dialog.py" line="32" />
        <source>Export Notes</source>
        <translation>匯出筆記</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/notes_export_dialog.py" line="39" />
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/notes_export_dialog.py" line="42" />
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/notes_export_dialog.py" line="43" />
        <source>Script:</source>
        <translation>字型：</translation>
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
        <translation>高亮並加筆記…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_menus.py" line="55" />
        <source>Add Margin Note Here…</source>
        <translation>在此處新增旁註…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_menus.py" line="60" />
        <source>Edit Note…</source>
        <translation>編輯筆記…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_menus.py" line="67" />
        <source>Delete Highlight</source>
        <translation>刪除高亮</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../reader/ui/panels/notes_panel.py" line="62" />
        <location filename="../../reader/ui/panels/notes_panel.py" line="63" />
        <source>Filter notes</source>
        <translation>篩選筆記</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/notes_panel.py" line="69" />
        <source>Highlights and notes</source>
        <translation>高亮和筆記</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/notes_panel.py" line="89" />
        <source>Not found in the current text ({0})</source>
        <translation>在當前文本中找不到（{0}）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/notes_panel.py" line="145" />
        <location filename="../../reader/ui/panels/notes_panel.py" line="146" />
        <source>Show {0} highlights</source>
        <translation>顯示{0}高亮</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/notes_panel.py" line="166" />
        <source>{0} highlights · {1} margin notes</source>
        <translation>{0} 條高亮 · {1} 條旁註</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/notes_panel.py" line="168" />
        <source>{0} not found</source>
        <translation>{0} 條找不到</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/notes_panel.py" line="171" />
        <source>showing {0}</source>
        <translation>顯示 {0} 條</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/notes_panel.py" line="179" />
        <source>Edit Note…</source>
        <translation>編輯筆記…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/notes_panel.py" line="187" />
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <location filename="../../reader/ui/panels/outline_panel.py" line="30" />
        <source>Section outline</source>
        <translation>章節大綱</translation>
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
        <translation>芝加哥(註釋)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/quote_controller.py" line="21" />
        <source>Plain</source>
        <translation>純文本</translation>
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
        <translation>請先選中要引用的段落。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/quote_controller.py" line="70" />
        <source>Quotation copied ({0}).</source>
        <translation>引文已複製({0})。</translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/quote_dialog.py" line="31" />
        <source>Copy as Quotation</source>
        <translation>複製為引文</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/quote_dialog.py" line="34" />
        <source>Citation style</source>
        <translation>引文格式</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/quote_dialog.py" line="39" />
        <source>Optional: the title in English</source>
        <translation>可選:標題的英文譯名</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/quote_dialog.py" line="40" />
        <source>Translated title</source>
        <translation>譯名</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/quote_dialog.py" line="42" />
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/quote_dialog.py" line="45" />
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/quote_dialog.py" line="50" />
        <source>Style:</source>
        <translation>格式:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/quote_dialog.py" line="51" />
        <source>Translated title:</source>
        <translation>譯名:</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../../reader/ui/controllers/read_aloud.py" line="91" />
        <source>Read aloud needs Qt's text-to-speech (PySide6-Addons), which is not installed.</source>
        <translation>朗讀需要 Qt 的文字轉語音（PySide6-Addons），但尚未安裝。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/read_aloud.py" line="98" />
        <source>No speech engine is installed (on Linux: speech-dispatcher and espeak-ng).</source>
        <translation>沒有安裝語音引擎（Linux 上需要 speech-dispatcher 和 espeak-ng）。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/read_aloud.py" line="109" />
        <source>Cantonese</source>
        <translation>粵語</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/read_aloud.py" line="109" />
        <source>Mandarin</source>
        <translation>普通話</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/read_aloud.py" line="110" />
        <source>No {0} voice is installed for read aloud (on Linux: speech-dispatcher-espeak-ng).</source>
        <translation>沒有安裝可用於朗讀的{0}語音（Linux 上需要 speech-dispatcher-espeak-ng）。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/read_aloud.py" line="132" />
        <source>Speech failed: {0}</source>
        <translation>朗讀失敗：{0}</translation>
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
        <translation>搜尋結果</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/results_panel.py" line="103" />
        <source>Before the first section</source>
        <translation>第一節之前</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/results_panel.py" line="104" />
        <source>{0} · {1} hits</source>
        <translation>{0} · {1} 處</translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/results_panel.py" line="104" />
        <source>{0} · 1 hit</source>
        <translation>{0} · 1 處</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../reader/ui/controllers/search_controller.py" line="77" />
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/search_controller.py" line="84" />
        <source>Invalid pattern</source>
        <translation>表示式無效</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/search_controller.py" line="84" />
        <source>Pattern too slow: simplify it</source>
        <translation>模式太慢：請簡化</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/search_controller.py" line="85" />
        <source>(the first {0})</source>
        <translation>（前 {0} 處）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/search_controller.py" line="116" />
        <source>(wrapped)</source>
        <translation>(已從頭繼續)</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../../reader/ui/library/search_results.py" line="26" />
        <source>Search results across the library</source>
        <translation>文庫搜尋結果</translation>
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
        <translation>無法將設定儲存到“{0}”（{1}）；設定會保留到 Reader 關閉為止。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/settings_keeper.py" line="91" />
        <source>The settings file was unusable ({0}); the defaults are used.</source>
        <translation>設定檔案無法使用（{0}），已改用預設設定。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/settings_keeper.py" line="92" />
        <source>The settings file was unusable ({0}); it was kept as “{1}” and the defaults are used.</source>
        <translation>設定檔案無法使用（{0}），已另存為“{1}”，並改用預設設定。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/settings_keeper.py" line="95" />
        <source>Some settings were damaged and are back to their defaults: {0}.</source>
        <translation>部分設定已損壞，已恢復預設值：{0}。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts_dialog.py" line="24" />
        <source>Keyboard Shortcuts</source>
        <translation>鍵盤快捷鍵</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts_dialog.py" line="27" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts_dialog.py" line="27" />
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts_dialog.py" line="28" />
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵</translation>
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
        <translation>釋出</translation>
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
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/vertical_view.py" line="252" />
        <source>Select &amp;All</source>
        <translation>全選(&amp;A)</translation>
    </message>
</context>
<context>
    <name>WatchLists</name>
    <message>
        <location filename="../../reader/ui/library/watch_view.py" line="26" />
        <source>Keyword / article</source>
        <translation>關鍵詞 / 文章</translation>
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
        <translation>還沒有關鍵詞列表:在閱讀視窗中選擇“編輯 ▸ 關鍵詞列表”。</translation>
    </message>
</context>
<context>
    <name>WordPopup</name>
    <message>
        <location filename="../../reader/ui/reading/word_popup.py" line="30" />
        <source>Dictionary</source>
        <translation>詞典</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/word_popup.py" line="37" />
        <source>Find</source>
        <translation>查詢</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/word_popup.py" line="38" />
        <source>Add Keyword</source>
        <translation>新增關鍵詞</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/word_popup.py" line="39" />
        <source>Copy</source>
        <translation>複製</translation>
    </message>
</context>
<context>
    <name>WordTools</name>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="344" />
        <source>Word tools failed: {0}</source>
        <translation>詞語工具出錯：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="359" />
        <source>Written: {0}</source>
        <translation>原文：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="375" />
        <source>Look Up “{0}”</source>
        <translation>查詞“{0}”</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="376" />
        <source>Highlight “{0}” as Keyword</source>
        <translation>將“{0}”標為關鍵詞</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="379" />
        <source>Keep “{0}” as Written</source>
        <translation>“{0}”保持原文</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="381" />
        <source>Always Convert “{0}” to…</source>
        <translation>“{0}”總是轉換為…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="391" />
        <source>Always Convert To</source>
        <translation>總是轉換為</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="392" />
        <source>Show “{0}” in {1} as:</source>
        <translation>在{1}中將“{0}”顯示為：</translation>
    </message>
</context>
<context>
    <name>_Strip</name>
    <message>
        <location filename="../../reader/ui/reading/margin_marks.py" line="113" />
        <source>Margin note</source>
        <translation>旁註</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="86" />
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="87" />
        <source>&amp;Reload</source>
        <translation>重新載入(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="88" />
        <source>&amp;Library…</source>
        <translation>文庫(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="89" />
        <source>&amp;Export Facts…</source>
        <translation>匯出事實(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="90" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="91" />
        <source>Copy as &amp;Quotation</source>
        <translation>複製為引文(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="92" />
        <source>Copy as Quotation in &amp;Style…</source>
        <translation>按格式複製引文(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="93" />
        <source>&amp;Find…</source>
        <translation>查詢(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="94" />
        <source>Find &amp;Next</source>
        <translation>查詢下一個(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="95" />
        <source>Find Pre&amp;vious</source>
        <translation>查詢上一個(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="96" />
        <source>&amp;Highlight Selection as Keyword</source>
        <translation>將所選內容標為關鍵詞(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="97" />
        <source>&amp;Keyword Lists…</source>
        <translation>關鍵詞列表(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="98" />
        <source>Next &amp;Keyword</source>
        <translation>下一個關鍵詞(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="99" />
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="100" />
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="101" />
        <source>&amp;Actual Size</source>
        <translation>實際大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="102" />
        <source>原文 (&amp;Original)</source>
        <translation>原文(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="103" />
        <source>简体 (&amp;Simplified)</source>
        <translation>簡體(&amp;S)</translation>
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
        <translation>引號隨字形轉換(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="108" />
        <source>&amp;Vertical Layout (直排)</source>
        <translation>直排(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="110" />
        <source>Vertical for 臺灣正體 and 香港繁體</source>
        <translation>臺灣正體、香港繁體預設直排</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="111" />
        <source>Tidy &amp;Punctuation</source>
        <translation>整理標點(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="113" />
        <source>Thin Space Between Chinese and Latin</source>
        <translation>中西文之間加窄空格</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="114" />
        <source>&amp;Font…</source>
        <translation>字型(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="115" />
        <source>&amp;Distraction-Free Reading</source>
        <translation>沉浸閱讀(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="117" />
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="118" />
        <source>Export as P&amp;DF…</source>
        <translation>匯出為 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="119" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>鍵盤快捷鍵(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="121" />
        <source>Next &amp;Pane</source>
        <translation>下一個窗格(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="122" />
        <source>Previous Pa&amp;ne</source>
        <translation>上一個窗格(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="123" />
        <source>&amp;About Reader</source>
        <translation>關於 Reader(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="124" />
        <source>&amp;Highlight Selection</source>
        <translation>高亮選中文字(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="125" />
        <source>Highlight in &amp;Yellow</source>
        <translation>黃色高亮(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="126" />
        <source>Highlight in &amp;Green</source>
        <translation>綠色高亮(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="127" />
        <source>Highlight in &amp;Blue</source>
        <translation>藍色高亮(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="128" />
        <source>Highlight in &amp;Pink</source>
        <translation>粉色高亮(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="129" />
        <source>Highlight with &amp;Note…</source>
        <translation>高亮並加筆記(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="130" />
        <source>&amp;Margin Note…</source>
        <translation>旁註(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="131" />
        <source>&amp;Copy All Notes</source>
        <translation>複製全部筆記(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="132" />
        <source>&amp;Export Notes…</source>
        <translation>匯出筆記(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="133" />
        <source>Export Article as &amp;Markdown…</source>
        <translation>將文章匯出為 Markdown(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="134" />
        <source>&amp;Look Up Word</source>
        <translation>查詞(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="135" />
        <source>Pop-up &amp;Dictionary on Hover</source>
        <translation>懸停彈出詞典(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="136" />
        <source>&amp;Mark Converted Words</source>
        <translation>標出轉換過的詞(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="137" />
        <source>Export &amp;Vocabulary…</source>
        <translation>匯出詞彙表(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="138" />
        <source>&amp;Export Conversion Corrections…</source>
        <translation>匯出轉換校正(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="139" />
        <source>&amp;Import Conversion Corrections…</source>
        <translation>匯入轉換校正(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="140" />
        <source>Read &amp;Aloud / Pause</source>
        <translation>朗讀 / 暫停(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="141" />
        <source>S&amp;top Reading</source>
        <translation>停止朗讀(&amp;T)</translation>
    </message>
</context>
<context>
    <name>appearance</name>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="16" />
        <source>Follow the System</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="17" />
        <source>Light</source>
        <translation>明亮</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="18" />
        <source>Sepia</source>
        <translation>護眼米黃</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="19" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="22" />
        <source>Compact</source>
        <translation>緊湊</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="23" />
        <source>Normal</source>
        <translation>適中</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="24" />
        <source>Relaxed</source>
        <translation>寬鬆</translation>
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
        <translation>寬</translation>
    </message>
</context>
<context>
    <name>docks</name>
    <message>
        <location filename="../../reader/ui/window/docks.py" line="33" />
        <source>Outline</source>
        <translation>大綱</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/docks.py" line="34" />
        <source>Facts</source>
        <translation>事實</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/docks.py" line="35" />
        <source>Search Results</source>
        <translation>搜尋結果</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/docks.py" line="36" />
        <source>Notes</source>
        <translation>筆記</translation>
    </message>
</context>
<context>
    <name>facts</name>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="24" />
        <source>Dates and times</source>
        <translation>日期與時間</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="25" />
        <source>Amounts of money</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="26" />
        <source>Counts</source>
        <translation>數量</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="27" />
        <source>Percentages</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="28" />
        <source>Organisations</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="29" />
        <source>Places</source>
        <translation>地點</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="30" />
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="31" />
        <source>Titles 《》</source>
        <translation>書名 《》</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="32" />
        <source>Slogans and terms “”</source>
        <translation>口號與術語 “”</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="33" />
        <source>Abbreviations</source>
        <translation>簡稱</translation>
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
        <translation>為期 {}</translation>
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
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="24" />
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="29" />
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="34" />
        <source>&amp;Notes</source>
        <translation>筆記(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="38" />
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="41" />
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="42" />
        <source>Reopen with &amp;Encoding</source>
        <translation>以指定編碼重新開啟(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="43" />
        <source>Copy &amp;As</source>
        <translation>複製為(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="44" />
        <source>&amp;Script</source>
        <translation>字形(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="45" />
        <source>&amp;Layout and Typography</source>
        <translation>版式與標點(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="46" />
        <source>&amp;Theme</source>
        <translation>主題(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="47" />
        <source>Line &amp;Spacing</source>
        <translation>行距(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="48" />
        <source>Text &amp;Width</source>
        <translation>版心寬度(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="49" />
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="50" />
        <source>&amp;Language</source>
        <translation>介面語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="51" />
        <source>Conversion &amp;Corrections</source>
        <translation>轉換校正(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="52" />
        <source>&amp;Readings Above Text</source>
        <translation>文字上方注音(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="53" />
        <source>Reading &amp;Speed</source>
        <translation>朗讀速度(&amp;S)</translation>
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
        <translation>“{0}”是資料夾,不是檔案。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="27" />
        <source>“{0}” cannot be read (no permission, or the system refused).</source>
        <translation>無法讀取“{0}”(沒有許可權,或系統拒絕)。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="28" />
        <source>“{0}” is empty.</source>
        <translation>“{0}”是空檔案。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="29" />
        <source>“{0}” is too large to open ({1:.0f} MB; Reader opens up to {3:.0f} MB).</source>
        <translation>“{0}”太大,無法開啟({1:.0f} MB;Reader 最多開啟 {3:.0f} MB)。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="30" />
        <source>“{0}” is not a text file (it looks like an image, archive or program).</source>
        <translation>“{0}”不是文本檔案(看起來是圖片、壓縮包或程式)。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="31" />
        <source>“{0}” is in an encoding Reader cannot recognise; try File ▸ Reopen with Encoding.</source>
        <translation>無法識別“{0}”的編碼;請試試 檔案 ▸ 以指定編碼重新開啟。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="33" />
        <source>“{0}” is nested or marked up too heavily to be read ({2}).</source>
        <translation>“{0}”巢狀或標記過多,無法讀取({2})。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="34" />
        <source>Nothing was saved: “{0}” could not be written ({2}).</source>
        <translation>未儲存任何內容:無法寫入“{0}”({2})。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="35" />
        <source>Nothing was saved: “{0}” is the article being read, and Reader never writes over it.</source>
        <translation>未儲存任何內容:“{0}”是正在閱讀的文章,Reader 從不覆蓋它。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="38" />
        <source>“{0}” has too many lines to open ({1:,}; Reader opens up to {2:,}).</source>
        <translation>“{0}”行數過多,無法開啟({1:,} 行;Reader 最多開啟 {2:,} 行)。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="39" />
        <source>“{0}” could not be opened.</source>
        <translation>無法開啟“{0}”。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="52" />
        <source>The library file “{0}” is damaged or is not a Reader library.</source>
        <translation>文庫檔案“{0}”已損壞,或不是 Reader 文庫。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="53" />
        <source>The library file “{0}” was written by a newer version of Reader, which this one cannot read.</source>
        <translation>文庫檔案“{0}”由更新版本的 Reader 寫入,當前版本無法讀取。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="55" />
        <source>The library file “{0}” is busy in another Reader window; try again in a moment.</source>
        <translation>文庫檔案“{0}”正被另一個 Reader 視窗使用,請稍後再試。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="58" />
        <source>The library file “{0}” cannot be opened ({1}).</source>
        <translation>無法開啟文庫檔案“{0}”({1})。</translation>
    </message>
</context>
<context>
    <name>notes</name>
    <message>
        <location filename="../../reader/ui/controllers/notes_controller.py" line="48" />
        <source>Yellow</source>
        <translation>黃色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_controller.py" line="49" />
        <source>Green</source>
        <translation>綠色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_controller.py" line="50" />
        <source>Blue</source>
        <translation>藍色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_controller.py" line="51" />
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_controller.py" line="151" />
        <source>Select the words to highlight first.</source>
        <translation>請先選中要高亮的文字。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_controller.py" line="190" />
        <source>Highlight deleted.</source>
        <translation>已刪除高亮。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_controller.py" line="240" />
        <source>{0} of this article's highlights are not found in the current text: they are kept, listed at the end of the Notes panel.</source>
        <translation>這篇文章有 {0} 條高亮在當前文本中找不到：它們仍然保留，列在筆記面板的末尾。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_controller.py" line="294" />
        <source>Notes cannot be kept for this article.</source>
        <translation>無法為這篇文章儲存筆記。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_controller.py" line="370" />
        <source>{0} stored highlights were damaged (edited by hand?) and were repaired as well as possible.</source>
        <translation>{0} 條已存的高亮已損壞（被手動編輯過？），已儘量修復。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_controller.py" line="373" />
        <source>{0} could not be read at all and were skipped; the others are shown.</source>
        <translation>{0} 條完全無法讀取，已跳過；其餘的照常顯示。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="36" />
        <source>Markdown (Obsidian, Word)</source>
        <translation>Markdown（Obsidian、Word）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="37" />
        <source>JSON (W3C Web Annotation)</source>
        <translation>JSON（W3C 網路批註）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="38" />
        <source>CSV (spreadsheet)</source>
        <translation>CSV（電子表格）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="42" />
        <source>As shown ({0})</source>
        <translation>按顯示的字型（{0}）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="43" />
        <source>As written (original script)</source>
        <translation>按原文字型</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="77" />
        <source>Copied {0} highlights and notes.</source>
        <translation>已複製 {0} 條高亮和筆記。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="86" />
        <source>Exported {0} highlights and notes to {1}</source>
        <translation>已將 {0} 條高亮和筆記匯出到 {1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="95" />
        <source>Saved {0}</source>
        <translation>已儲存 {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="149" />
        <source>Highlights</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="149" />
        <source>Not found in the current text</source>
        <translation>在當前文本中找不到</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="149" />
        <source>Note</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="149" />
        <source>after</source>
        <translation>位於</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="150" />
        <source>Open in Reader</source>
        <translation>在 Reader 中開啟</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="161" />
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_export.py" line="178" />
        <source>Could not write {0}: {1}</source>
        <translation>無法寫入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="120" />
        <source>The damaged library file was set aside (not deleted). {0} highlights and notes were recovered from it; they come back as you open their articles.</source>
        <translation>已將損壞的文庫檔案移到一旁（未刪除）。從中恢復了 {0} 條高亮和筆記；開啟相應文章時它們會重新出現。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="123" />
        <source>{0} could not be read.</source>
        <translation>{0} 條無法讀取。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="156" />
        <source>The article could not be kept in the library, so its notes are not saved: {0}</source>
        <translation>無法將文章存入文庫，因此其筆記未儲存：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="163" />
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="165" />
        <source>Highlights and notes cannot be read or saved: {0}</source>
        <translation>無法讀取或儲存高亮和筆記：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="173" />
        <source>the library file {0} is damaged. File ▸ Library offers to set it aside (it is kept) and start a new one; the notes that can still be read in it are recovered then.</source>
        <translation>文庫檔案 {0} 已損壞。“檔案 ▸ 文庫”可將其移到一旁（檔案保留）並新建一個；其中仍可讀取的筆記屆時會被恢復。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/notes_keeper.py" line="177" />
        <source>the library file was written by a newer Reader</source>
        <translation>文庫檔案由較新版本的 Reader 寫入</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/passage_link.py" line="36" />
        <source>The passage of the link is not in this article.</source>
        <translation>連結所指的段落不在這篇文章中。</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="27" />
        <source>Off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="28" />
        <source>Pinyin, Jyutping in 香港繁體</source>
        <translation>拼音，香港繁體用粵拼</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="29" />
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="30" />
        <source>Zhuyin (Bopomofo)</source>
        <translation>注音符號</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="31" />
        <source>Jyutping (Cantonese)</source>
        <translation>粵拼（粵語）</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="33" />
        <source>Slow</source>
        <translation>慢</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="33" />
        <source>Normal</source>
        <translation>適中</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="34" />
        <source>Fast</source>
        <translation>快</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="174" />
        <source>Export Vocabulary</source>
        <translation>匯出詞彙表</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="174" />
        <source>CSV (*.csv);;Anki, tab-separated (*.tsv)</source>
        <translation>CSV (*.csv);;Anki，製表符分隔 (*.tsv)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="189" />
        <source>Exported {0} words to {1}</source>
        <translation>已匯出 {0} 個詞到 {1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="195" />
        <source>Export Conversion Corrections</source>
        <translation>匯出轉換校正</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="195" />
        <source>Import Conversion Corrections</source>
        <translation>匯入轉換校正</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="197" />
        <source>Corrections (*.json)</source>
        <translation>校正檔案 (*.json)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="211" />
        <source>“{0}” is not a corrections file: {1}</source>
        <translation>“{0}”不是校正檔案：{1}</translation>
    </message>
</context>
</TS>