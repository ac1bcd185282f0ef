<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>FactsPanel</name>
    <message>
        <location filename="../../reader/ui/facts_panel.py" line="50"/>
        <location filename="../../reader/ui/facts_panel.py" line="51"/>
        <source>Filter facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/facts_panel.py" line="54"/>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/facts_panel.py" line="54"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/facts_panel.py" line="55"/>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/facts_panel.py" line="146"/>
        <source>Copy Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/facts_panel.py" line="148"/>
        <source>Copy Sentence as Quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/facts_panel.py" line="151"/>
        <source>Highlight All Mentions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="26"/>
        <source>Find in article (统战 also finds 統戰)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="27"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="31"/>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="32"/>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="33"/>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="53"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="59"/>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="60"/>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/find_bar.py" line="61"/>
        <source>Close find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeywordsDialog</name>
    <message>
        <location filename="../../reader/ui/keywords_dialog.py" line="38"/>
        <source>Keyword Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keywords_dialog.py" line="39"/>
        <location filename="../../reader/ui/keywords_dialog.py" line="46"/>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keywords_dialog.py" line="42"/>
        <source>Keyword list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keywords_dialog.py" line="43"/>
        <source>Highlight this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keywords_dialog.py" line="45"/>
        <source>Keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keywords_dialog.py" line="45"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keywords_dialog.py" line="45"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keywords_dialog.py" line="49"/>
        <location filename="../../reader/ui/keywords_dialog.py" line="50"/>
        <source>New keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keywords_dialog.py" line="72"/>
        <source>New List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keywords_dialog.py" line="73"/>
        <source>Remove Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keywords_dialog.py" line="74"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keywords_dialog.py" line="85"/>
        <source>Suggested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keywords_dialog.py" line="88"/>
        <source>Adopt suggested keyword {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keywords_dialog.py" line="145"/>
        <source>New List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keywords_dialog.py" line="145"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/keywords_dialog.py" line="156"/>
        <source>Keyword Colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/ui/main_window.py" line="87"/>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="95"/>
        <source>GB/T 7714-2015</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="96"/>
        <source>APA 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="97"/>
        <source>Chicago (notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="98"/>
        <source>Plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="99"/>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="195"/>
        <source>Opening {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="256"/>
        <source>Invalid pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="276"/>
        <location filename="../../reader/ui/main_window.py" line="622"/>
        <source>Select the passage to quote first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="285"/>
        <source>Quotation copied ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="309"/>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="356"/>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="357"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="365"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="367"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="369"/>
        <source>Reopen with &amp;Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="375"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="377"/>
        <source>Copy &amp;As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="387"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="388"/>
        <source>&amp;Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="403"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="405"/>
        <source>Follow the System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="410"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="415"/>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="490"/>
        <source>Preparing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="541"/>
        <source>(wrapped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="565"/>
        <source>Select a word to highlight first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="596"/>
        <source>The new language applies when Reader next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="613"/>
        <source>Open Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="638"/>
        <source>Export Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="638"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="647"/>
        <source>Reader never writes over the article it reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="654"/>
        <source>Exported {0} facts to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="664"/>
        <source>“{0}” changed on disk. Use File ▸ Reload (F5) to read it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="693"/>
        <source>About Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="694"/>
        <source>Reader {0}
A calm reader for Chinese news articles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../reader/ui/message_bar.py" line="18"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/message_bar.py" line="21"/>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <location filename="../../reader/ui/outline_panel.py" line="27"/>
        <source>Section outline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <location filename="../../reader/ui/quote_dialog.py" line="31"/>
        <source>Copy as Quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/quote_dialog.py" line="34"/>
        <source>Citation style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/quote_dialog.py" line="39"/>
        <source>Optional: the title in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/quote_dialog.py" line="40"/>
        <source>Translated title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/quote_dialog.py" line="42"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/quote_dialog.py" line="45"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/quote_dialog.py" line="50"/>
        <source>Style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/quote_dialog.py" line="51"/>
        <source>Translated title:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../../reader/ui/reading_view.py" line="85"/>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../reader/ui/results_panel.py" line="24"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../reader/ui/actions.py" line="55"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="56"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="57"/>
        <source>&amp;Export Facts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="58"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="59"/>
        <source>Copy as &amp;Quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="60"/>
        <source>Copy as Quotation in &amp;Style…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="61"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="62"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="63"/>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="64"/>
        <source>&amp;Highlight Selection as Keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="65"/>
        <source>&amp;Keyword Lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="66"/>
        <source>Next &amp;Keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="67"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="68"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="69"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="70"/>
        <source>原文 (&amp;Original)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="71"/>
        <source>简体 (&amp;Simplified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="72"/>
        <source>繁體 (&amp;Traditional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="73"/>
        <source>臺灣正體 (Ta&amp;iwan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="74"/>
        <source>香港繁體 (&amp;Hong Kong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="75"/>
        <source>Quotation &amp;Marks Follow Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="76"/>
        <source>&amp;About Reader</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>docks</name>
    <message>
        <location filename="../../reader/ui/docks.py" line="24"/>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/docks.py" line="25"/>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/docks.py" line="26"/>
        <source>Search Results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facts</name>
    <message>
        <location filename="../../reader/ui/presenters.py" line="20"/>
        <source>Dates and times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/presenters.py" line="21"/>
        <source>Amounts of money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/presenters.py" line="22"/>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/presenters.py" line="23"/>
        <source>Percentages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/presenters.py" line="24"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/presenters.py" line="25"/>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/presenters.py" line="26"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/presenters.py" line="27"/>
        <source>Titles 《》</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/presenters.py" line="28"/>
        <source>Slogans and terms “”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/presenters.py" line="29"/>
        <source>Abbreviations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../reader/ui/messages.py" line="21"/>
        <source>“{0}” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="22"/>
        <source>“{0}” is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="23"/>
        <source>“{0}” cannot be read (no permission, or the system refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="24"/>
        <source>“{0}” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="25"/>
        <source>“{0}” is too large to open ({1:.0f} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="26"/>
        <source>“{0}” is not a text file (it looks like an image, archive or program).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="27"/>
        <source>“{0}” is in an encoding Reader cannot recognise; try File ▸ Reopen with Encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="30"/>
        <source>“{0}” could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
