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
        <translation>芝加哥(註釋)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="82" />
        <source>Plain</source>
        <translation>純文本</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="83" />
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="246" />
        <source>Opening {0}…</source>
        <translation>正在開啟 {0}…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="336" />
        <source>Saved {0}</source>
        <translation>已儲存 {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="374" />
        <source>Keywords</source>
        <translation>關鍵詞</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="414" />
        <source>Opening</source>
        <translation>正在開啟</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="415" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="457" />
        <source>Follow the System</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="466" />
        <source>Script</source>
        <translation>字形</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="547" />
        <source>Preparing {0}…</source>
        <translation>正在準備{0}…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="729" />
        <source>Reader {0}
A calm reader for Chinese news articles.

Dictionary: CC-CEDICT (MDBG), CC BY-SA 4.0. Jyutping: ToJyutping (rime-cantonese data, CC BY 4.0).</source>
        <translation>Reader {0}
一個安靜的中文新聞閱讀器。

詞典：CC-CEDICT（MDBG），CC BY-SA 4.0。粵拼：ToJyutping（rime-cantonese 資料，CC BY 4.0）。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="72" />
        <source>Articles (*.txt *.md *.markdown *.html *.htm *.mhtml *.mht);;All files (*)</source>
        <translation>文章 (*.txt *.md *.markdown *.html *.htm *.mhtml *.mht);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="584" />
        <source>Select a word to highlight first.</source>
        <translation>請先選中要高亮的詞語。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="624" />
        <source>The new language applies when Reader next starts.</source>
        <translation>新的介面語言將在下次啟動 Reader 時生效。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="640" />
        <source>Open Article</source>
        <translation>開啟文章</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="651" />
        <source>Export Facts</source>
        <translation>匯出事實</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="651" />
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="658" />
        <source>Reader never writes over the article it reads.</source>
        <translation>Reader 不會覆蓋正在閱讀的文章。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="664" />
        <source>Exported {0} facts to {1}</source>
        <translation>已匯出 {0} 條事實到 {1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="674" />
        <source>“{0}” changed on disk. Use File ▸ Reload (F5) to read it again.</source>
        <translation>“{0}”已在磁碟上被修改。可用 檔案 ▸ 重新載入 (F5) 重新讀取。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="719" />
        <source>Export as PDF</source>
        <translation>匯出為 PDF</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="719" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="728" />
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
    <name>VerticalView</name>
    <message>
        <location filename="../../reader/ui/reading/vertical_view.py" line="71" />
        <source>Article text, vertical</source>
        <translation>正文(直排)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/vertical_view.py" line="405" />
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/vertical_view.py" line="407" />
        <source>Select &amp;All</source>
        <translation>全選(&amp;A)</translation>
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
        <location filename="../../reader/ui/controllers/word_tools.py" line="316" />
        <source>Word tools failed: {0}</source>
        <translation>詞語工具出錯：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="331" />
        <source>Written: {0}</source>
        <translation>原文：{0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="347" />
        <source>Look Up “{0}”</source>
        <translation>查詞“{0}”</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="348" />
        <source>Highlight “{0}” as Keyword</source>
        <translation>將“{0}”標為關鍵詞</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="351" />
        <source>Keep “{0}” as Written</source>
        <translation>“{0}”保持原文</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="353" />
        <source>Always Convert “{0}” to…</source>
        <translation>“{0}”總是轉換為…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="363" />
        <source>Always Convert To</source>
        <translation>總是轉換為</translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="364" />
        <source>Show “{0}” in {1} as:</source>
        <translation>在{1}中將“{0}”顯示為：</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="75" />
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="76" />
        <source>&amp;Reload</source>
        <translation>重新載入(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="77" />
        <source>&amp;Export Facts…</source>
        <translation>匯出事實(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="78" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="79" />
        <source>Copy as &amp;Quotation</source>
        <translation>複製為引文(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="80" />
        <source>Copy as Quotation in &amp;Style…</source>
        <translation>按格式複製引文(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="81" />
        <source>&amp;Find…</source>
        <translation>查詢(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="82" />
        <source>Find &amp;Next</source>
        <translation>查詢下一個(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="83" />
        <source>Find Pre&amp;vious</source>
        <translation>查詢上一個(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="84" />
        <source>&amp;Highlight Selection as Keyword</source>
        <translation>將所選內容標為關鍵詞(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="85" />
        <source>&amp;Keyword Lists…</source>
        <translation>關鍵詞列表(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="86" />
        <source>Next &amp;Keyword</source>
        <translation>下一個關鍵詞(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="87" />
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="88" />
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="89" />
        <source>&amp;Actual Size</source>
        <translation>實際大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="90" />
        <source>原文 (&amp;Original)</source>
        <translation>原文(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="91" />
        <source>简体 (&amp;Simplified)</source>
        <translation>簡體(&amp;S)</translation>
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
        <translation>引號隨字形轉換(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="96" />
        <source>&amp;Vertical Layout (直排)</source>
        <translation>直排(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="98" />
        <source>Vertical for 臺灣正體 and 香港繁體</source>
        <translation>臺灣正體、香港繁體預設直排</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="99" />
        <source>Tidy &amp;Punctuation</source>
        <translation>整理標點(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="101" />
        <source>Thin Space Between Chinese and Latin</source>
        <translation>中西文之間加窄空格</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="102" />
        <source>&amp;Font…</source>
        <translation>字型(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="103" />
        <source>&amp;Distraction-Free Reading</source>
        <translation>沉浸閱讀(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="105" />
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="106" />
        <source>Export as P&amp;DF…</source>
        <translation>匯出為 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="107" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>鍵盤快捷鍵(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="109" />
        <source>Next &amp;Pane</source>
        <translation>下一個窗格(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="110" />
        <source>Previous Pa&amp;ne</source>
        <translation>上一個窗格(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="111" />
        <source>&amp;About Reader</source>
        <translation>關於 Reader(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="112" />
        <source>&amp;Look Up Word</source>
        <translation>查詞(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="113" />
        <source>Pop-up &amp;Dictionary on Hover</source>
        <translation>懸停彈出詞典(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="114" />
        <source>&amp;Mark Converted Words</source>
        <translation>標出轉換過的詞(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="115" />
        <source>Export &amp;Vocabulary…</source>
        <translation>匯出詞彙表(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="116" />
        <source>&amp;Export Conversion Corrections…</source>
        <translation>匯出轉換校正(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="117" />
        <source>&amp;Import Conversion Corrections…</source>
        <translation>匯入轉換校正(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="118" />
        <source>Read &amp;Aloud / Pause</source>
        <translation>朗讀 / 暫停(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="119" />
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
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="37" />
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="38" />
        <source>Reopen with &amp;Encoding</source>
        <translation>以指定編碼重新開啟(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="39" />
        <source>Copy &amp;As</source>
        <translation>複製為(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="40" />
        <source>&amp;Script</source>
        <translation>字形(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="41" />
        <source>&amp;Layout and Typography</source>
        <translation>版式與標點(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="42" />
        <source>&amp;Theme</source>
        <translation>主題(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="43" />
        <source>Line &amp;Spacing</source>
        <translation>行距(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="44" />
        <source>Text &amp;Width</source>
        <translation>版心寬度(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="45" />
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="46" />
        <source>&amp;Language</source>
        <translation>介面語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="47" />
        <source>Conversion &amp;Corrections</source>
        <translation>轉換校正(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="48" />
        <source>&amp;Readings Above Text</source>
        <translation>文字上方注音(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="49" />
        <source>Reading &amp;Speed</source>
        <translation>朗讀速度(&amp;S)</translation>
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
        <translation>“{0}”是資料夾,不是檔案。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="24" />
        <source>“{0}” cannot be read (no permission, or the system refused).</source>
        <translation>無法讀取“{0}”(沒有許可權,或系統拒絕)。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="25" />
        <source>“{0}” is empty.</source>
        <translation>“{0}”是空檔案。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="26" />
        <source>“{0}” is too large to open ({1:.0f} MB).</source>
        <translation>“{0}”太大,無法開啟({1:.0f} MB)。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="27" />
        <source>“{0}” is not a text file (it looks like an image, archive or program).</source>
        <translation>“{0}”不是文本檔案(看起來是圖片、壓縮包或程式)。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="28" />
        <source>“{0}” is in an encoding Reader cannot recognise; try File ▸ Reopen with Encoding.</source>
        <translation>無法識別“{0}”的編碼;請試試 檔案 ▸ 以指定編碼重新開啟。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="31" />
        <source>“{0}” could not be opened.</source>
        <translation>無法開啟“{0}”。</translation>
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
        <location filename="../../reader/ui/window/word_wiring.py" line="154" />
        <source>Export Vocabulary</source>
        <translation>匯出詞彙表</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="154" />
        <source>CSV (*.csv);;Anki, tab-separated (*.tsv)</source>
        <translation>CSV (*.csv);;Anki，製表符分隔 (*.tsv)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="162" />
        <source>Reader never writes over the article it reads.</source>
        <translation>Reader 不會覆蓋正在閱讀的文章。</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="167" />
        <source>Could not write {0}: {1}</source>
        <translation>無法寫入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="169" />
        <source>Exported {0} words to {1}</source>
        <translation>已匯出 {0} 個詞到 {1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="175" />
        <source>Export Conversion Corrections</source>
        <translation>匯出轉換校正</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="175" />
        <source>Import Conversion Corrections</source>
        <translation>匯入轉換校正</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="177" />
        <source>Corrections (*.json)</source>
        <translation>校正檔案 (*.json)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="186" />
        <source>“{0}” is not a corrections file: {1}</source>
        <translation>“{0}”不是校正檔案：{1}</translation>
    </message>
</context>
</TS>