package org.corpustoolkit.testkit;

import java.util.List;
import org.corpustoolkit.spi.Analyser;
import org.corpustoolkit.spi.AnalyserDescriptor;
import org.corpustoolkit.spi.AnalysisContext;
import org.corpustoolkit.spi.AnalysisResult;
import org.corpustoolkit.spi.OptionValues;

/** An analyser with no options, for option-handling tests. */
final class TestingToolkitTestAnalyser implements Analyser<Object> {
  static final TestingToolkitTestAnalyser INSTANCE = new TestingToolkitTestAnalyser();

  @Override
  public AnalyserDescriptor descriptor() {
    return new AnalyserDescriptor("nothing", "Nothing", "Nothing.", List.of(), List.of(),
        AnalysisResult.class);
  }

  @Override
  public Object options(OptionValues values) {
    return "";
  }

  @Override
  public AnalysisResult analyse(AnalysisContext context, Object options) {
    throw new UnsupportedOperationException();
  }
}
