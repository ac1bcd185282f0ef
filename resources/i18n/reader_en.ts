<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ComfortController</name>
    <message>
        <location filename="../../reader/ui/controllers/comfort_controller.py" line="93"/>
        <source>Reading Font</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactsPanel</name>
    <message>
        <location filename="../../reader/ui/panels/facts_panel.py" line="54"/>
        <location filename="../../reader/ui/panels/facts_panel.py" line="55"/>
        <source>Filter facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/facts_panel.py" line="58"/>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/facts_panel.py" line="58"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/facts_panel.py" line="59"/>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/facts_panel.py" line="186"/>
        <source>Copy Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/facts_panel.py" line="188"/>
        <source>Copy Sentence as Quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/facts_panel.py" line="191"/>
        <source>Highlight All Mentions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="26"/>
        <source>Find in article (统战 also finds 統戰)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="27"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="31"/>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="32"/>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="33"/>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="56"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="62"/>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="63"/>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/find_bar.py" line="64"/>
        <source>Close find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeywordsDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="38"/>
        <source>Keyword Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="39"/>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="46"/>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="42"/>
        <source>Keyword list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="43"/>
        <source>Highlight this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="45"/>
        <source>Keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="45"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="45"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="49"/>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="50"/>
        <source>New keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="72"/>
        <source>New List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="73"/>
        <source>Remove Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="74"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="85"/>
        <source>Suggested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="88"/>
        <source>Adopt suggested keyword {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="145"/>
        <source>New List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="145"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/keywords_dialog.py" line="156"/>
        <source>Keyword Colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="79"/>
        <source>GB/T 7714-2015</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="80"/>
        <source>APA 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="81"/>
        <source>Chicago (notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="82"/>
        <source>Plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="83"/>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="246"/>
        <source>Opening {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="336"/>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="374"/>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="414"/>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="415"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="457"/>
        <source>Follow the System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="466"/>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="547"/>
        <source>Preparing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="729"/>
        <source>Reader {0}
A calm reader for Chinese news articles.

Dictionary: CC-CEDICT (MDBG), CC BY-SA 4.0. Jyutping: ToJyutping (rime-cantonese data, CC BY 4.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="72"/>
        <source>Articles (*.txt *.md *.markdown *.html *.htm *.mhtml *.mht);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="584"/>
        <source>Select a word to highlight first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="624"/>
        <source>The new language applies when Reader next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="640"/>
        <source>Open Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="651"/>
        <source>Export Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="651"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="658"/>
        <source>Reader never writes over the article it reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="664"/>
        <source>Exported {0} facts to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="674"/>
        <source>“{0}” changed on disk. Use File ▸ Reload (F5) to read it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="719"/>
        <source>Export as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="719"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/main_window.py" line="728"/>
        <source>About Reader</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../reader/ui/reading/message_bar.py" line="18"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/message_bar.py" line="21"/>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <location filename="../../reader/ui/panels/outline_panel.py" line="30"/>
        <source>Section outline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuoteController</name>
    <message>
        <location filename="../../reader/ui/controllers/quote_controller.py" line="18"/>
        <source>GB/T 7714-2015</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/quote_controller.py" line="19"/>
        <source>APA 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/quote_controller.py" line="20"/>
        <source>Chicago (notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/quote_controller.py" line="21"/>
        <source>Plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/quote_controller.py" line="22"/>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/quote_dialog.py" line="31"/>
        <source>Copy as Quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/quote_dialog.py" line="34"/>
        <source>Citation style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/quote_dialog.py" line="39"/>
        <source>Optional: the title in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/quote_dialog.py" line="40"/>
        <source>Translated title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/quote_dialog.py" line="42"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/quote_dialog.py" line="45"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/quote_dialog.py" line="50"/>
        <source>Style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/quote_dialog.py" line="51"/>
        <source>Translated title:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../../reader/ui/controllers/read_aloud.py" line="91"/>
        <source>Read aloud needs Qt&apos;s text-to-speech (PySide6-Addons), which is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/read_aloud.py" line="98"/>
        <source>No speech engine is installed (on Linux: speech-dispatcher and espeak-ng).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/read_aloud.py" line="109"/>
        <source>Cantonese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/read_aloud.py" line="109"/>
        <source>Mandarin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/read_aloud.py" line="110"/>
        <source>No {0} voice is installed for read aloud (on Linux: speech-dispatcher-espeak-ng).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/read_aloud.py" line="132"/>
        <source>Speech failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../../reader/ui/reading/reading_view.py" line="102"/>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../reader/ui/panels/results_panel.py" line="54"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/results_panel.py" line="103"/>
        <source>Before the first section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/results_panel.py" line="104"/>
        <source>{0} · {1} hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/panels/results_panel.py" line="104"/>
        <source>{0} · 1 hit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts_dialog.py" line="24"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts_dialog.py" line="27"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts_dialog.py" line="27"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts_dialog.py" line="28"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerticalView</name>
    <message>
        <location filename="../../reader/ui/reading/vertical_view.py" line="71"/>
        <source>Article text, vertical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/vertical_view.py" line="405"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/vertical_view.py" line="407"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordPopup</name>
    <message>
        <location filename="../../reader/ui/reading/word_popup.py" line="30"/>
        <source>Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/word_popup.py" line="37"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/word_popup.py" line="38"/>
        <source>Add Keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/word_popup.py" line="39"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordTools</name>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="316"/>
        <source>Word tools failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="331"/>
        <source>Written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="347"/>
        <source>Look Up “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="348"/>
        <source>Highlight “{0}” as Keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="351"/>
        <source>Keep “{0}” as Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="353"/>
        <source>Always Convert “{0}” to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="363"/>
        <source>Always Convert To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/word_tools.py" line="364"/>
        <source>Show “{0}” in {1} as:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="75"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="76"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="77"/>
        <source>&amp;Export Facts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="78"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="79"/>
        <source>Copy as &amp;Quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="80"/>
        <source>Copy as Quotation in &amp;Style…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="81"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="82"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="83"/>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="84"/>
        <source>&amp;Highlight Selection as Keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="85"/>
        <source>&amp;Keyword Lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="86"/>
        <source>Next &amp;Keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="87"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="88"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="89"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="90"/>
        <source>原文 (&amp;Original)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="91"/>
        <source>简体 (&amp;Simplified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="92"/>
        <source>繁體 (&amp;Traditional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="93"/>
        <source>臺灣正體 (Ta&amp;iwan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="94"/>
        <source>香港繁體 (&amp;Hong Kong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="95"/>
        <source>Quotation &amp;Marks Follow Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="96"/>
        <source>&amp;Vertical Layout (直排)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="98"/>
        <source>Vertical for 臺灣正體 and 香港繁體</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="99"/>
        <source>Tidy &amp;Punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="101"/>
        <source>Thin Space Between Chinese and Latin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="102"/>
        <source>&amp;Font…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="103"/>
        <source>&amp;Distraction-Free Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="105"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="106"/>
        <source>Export as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="107"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="109"/>
        <source>Next &amp;Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="110"/>
        <source>Previous Pa&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="111"/>
        <source>&amp;About Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="112"/>
        <source>&amp;Look Up Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="113"/>
        <source>Pop-up &amp;Dictionary on Hover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="114"/>
        <source>&amp;Mark Converted Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="115"/>
        <source>Export &amp;Vocabulary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="116"/>
        <source>&amp;Export Conversion Corrections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="117"/>
        <source>&amp;Import Conversion Corrections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="118"/>
        <source>Read &amp;Aloud / Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/actions.py" line="119"/>
        <source>S&amp;top Reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>appearance</name>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="16"/>
        <source>Follow the System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="17"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="18"/>
        <source>Sepia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="19"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="22"/>
        <source>Compact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="23"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="24"/>
        <source>Relaxed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="27"/>
        <source>Narrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="28"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading/appearance.py" line="29"/>
        <source>Wide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docks</name>
    <message>
        <location filename="../../reader/ui/window/docks.py" line="33"/>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/docks.py" line="34"/>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/docks.py" line="35"/>
        <source>Search Results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facts</name>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="24"/>
        <source>Dates and times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="25"/>
        <source>Amounts of money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="26"/>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="27"/>
        <source>Percentages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="28"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="29"/>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="30"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="31"/>
        <source>Titles 《》</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="32"/>
        <source>Slogans and terms “”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/controllers/presenters.py" line="33"/>
        <source>Abbreviations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="20"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="24"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="29"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="34"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="37"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="38"/>
        <source>Reopen with &amp;Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="39"/>
        <source>Copy &amp;As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="40"/>
        <source>&amp;Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="41"/>
        <source>&amp;Layout and Typography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="42"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="43"/>
        <source>Line &amp;Spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="44"/>
        <source>Text &amp;Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="45"/>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="46"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="47"/>
        <source>Conversion &amp;Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="48"/>
        <source>&amp;Readings Above Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/menus.py" line="49"/>
        <source>Reading &amp;Speed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../reader/ui/messages.py" line="22"/>
        <source>“{0}” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="23"/>
        <source>“{0}” is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="24"/>
        <source>“{0}” cannot be read (no permission, or the system refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="25"/>
        <source>“{0}” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="26"/>
        <source>“{0}” is too large to open ({1:.0f} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="27"/>
        <source>“{0}” is not a text file (it looks like an image, archive or program).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="28"/>
        <source>“{0}” is in an encoding Reader cannot recognise; try File ▸ Reopen with Encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="31"/>
        <source>“{0}” could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="27"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="28"/>
        <source>Pinyin, Jyutping in 香港繁體</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="29"/>
        <source>Pinyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="30"/>
        <source>Zhuyin (Bopomofo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="31"/>
        <source>Jyutping (Cantonese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="33"/>
        <source>Slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="33"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="34"/>
        <source>Fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="154"/>
        <source>Export Vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="154"/>
        <source>CSV (*.csv);;Anki, tab-separated (*.tsv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="162"/>
        <source>Reader never writes over the article it reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="167"/>
        <source>Could not write {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="169"/>
        <source>Exported {0} words to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="175"/>
        <source>Export Conversion Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="175"/>
        <source>Import Conversion Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="177"/>
        <source>Corrections (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/window/word_wiring.py" line="186"/>
        <source>“{0}” is not a corrections file: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
