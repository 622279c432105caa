/// A word or sentence Gradus itself puts on a page. Each language's `LanguageTable` gives its text, with
/// placeholders such as `{k}` for the numbers and names filled in when the page is rendered.
public enum WordKey: String, CaseIterable, Sendable {
    // The frame of every page.
    case languageName, footer, sectionLink, lessons, allLessons, contents, otherLanguages, downloads, rerun
    case codeSummary, codeIntro, codeDownload, codeUnsupported, notebook, rerunWithoutGradus
    case searchLabel, searchNone
    case readingTime, calloutTip, calloutWarning, calloutNote
    // Punctuation that differs between languages.
    case parenthesized, listSeparator, sentenceSpace, settingsSeparator
    // How a run ended, and why it failed.
    case outcomeConvergedGradient, outcomeConvergedLoss, outcomeLimit, outcomeDiverged, outcomeFailed
    // An outcome beside its iteration count (a comparison's column).
    case outcomeShortConverged, outcomeShortLimit, outcomeShortDiverged
    case failureSingular, failureIndefinite, failureLineSearch
    case domainAt, domainNegativePower, domainNegative, domainDivision, domainZeroPower, domainSqrtZero, domainZero
    case domainOutsideUnit, domainUnitEnd
    // Figures.
    case iterationAxis, plotData, plotTitleLoss, plotTitleGradientNorm, plotTitleContour, plotTitleSweep
    case plotStart, plotEnd, iterationCountOne, iterationCountMany
    case pathSummary, plotSummaryLoss, plotSummaryGradient
    // Figures of the geometry: function, trace, data and curve plots; θ*, the box and clipped iterates.
    case figureFunction, figureTrace, figureData, figureCurve, figureStart, figureEnd, figureOptimum, figureMinimum
    case figureBox, figureClippedOne, figureClippedMany, quantityLearningRate, quantityBatchLoss
    case traceSummaryOne, traceSummaryMany, classZero, classOne, boundaryLabel, fitLabel
    case dataSummaryClasses, dataSummaryLine, curveSummary, curveFamily, curveMemberSeparator, batchWord, fullWord
    // Tables and worked steps.
    case rowsNotShown, iterationsNotShown, tableCaptionAll, tableCaptionSome, dataCaption, noData
    case compareExample, compareMethod, compareIterations, compareFinalLoss, compareFinalNorm, compareOutcome,
        iterationsTo
    case stepCaption, stepCaptionSample, stepCaptionBatch, stateEntry, stateAfterStep
    case stateMomentumBuffer, stateFirstMoment, stateSecondMoment, stateMaxSecondMoment, stateSum, stateSquareAvg
    case stateGradAvg, stateClipCoef, stateNewtonDirection, stateLineSearchTrials
    // Methods and their settings in the comparison table.
    case methodSettings, methodGD, methodSGD, methodAdam, methodAdamW, methodAdagrad, methodRMSprop
    case methodNewton, methodNewtonBacktracking
    case parameterLR, parameterMomentum, parameterWeightDecay, parameterDampening, parameterAlpha, parameterCentered
    case parameterAMSGrad, parameterMaximize, parameterLRDecay, nesterovOn, nesterovOff, flagOn, flagOff
    case settingBatch, settingClip, settingScheduled, settingProjected, newtonLR, newtonContinue, newtonGradient
    // Labels made for examples that have none.
    case labelGD, labelSGD, labelSGDMomentum, labelSGDNesterov, labelStochastic, labelMiniBatch, labelAdam, labelAdamW,
        labelAdagrad, labelRMSprop, labelNewton, labelNewtonDamped
    case labelLR, labelStepFactor, labelBatch, labelWeightDecay, labelClip, labelScheduled, labelProjected,
        labelMaximize
    // The claims box.
    case claimsSummary, claimConverges, claimConvergesWithin, claimDiverges, claimDivergesWithin, claimLimit,
        claimFails, claimFewer, claimCompare
    case evidenceOutcome, evidenceValue, quantityOf, quantityFinal, quantityAt, quantityIterations, quantityBound,
        quantityDistance
    // Explore blocks: the controls, the live caption and the worked first step.
    case exploreLR, exploreMomentum, exploreStartAxis, exploreStartPoint, exploreSetting, exploreCaption, exploreStep
    case explorePlay, explorePause, exploreStepButton, exploreWhole, exploreIteration, exploreHint, exploreHintMap
    case exploreFallback
    // Citing the source article.
    case sourceCitation, sourcePhrase
    // Printed handouts: the page number, and what a link prints after it (the page a lesson starts on, an address).
    case pageNumber, linkPage, linkAddress
    // The course's front page.
    case frontAudience, frontPrerequisites, frontObjectives, handoutsHeading, handoutCoursePDF, handoutCourseHTML
    case handoutLessonPDF
    // Numbered figures, tables and equations.
    case referenceFigure, referenceTable, referenceEquation, equationNumber
    // The glossary.
    case glossary, glossaryTable, glossaryEnglish, glossaryChinese
    // Captions of runs whose outcome the page has already given.
    case tableCaptionAllBare, tableCaptionSomeBare, pathSummaryBare, plotSummaryLossBare, plotSummaryGradientBare
    // The caption of a figure of three or more runs: their outcomes, grouped.
    case runsConverged, runsDiverged, runsAtLimit, runsFailed, runConvergedItem, runStoppedItem, runAtLimitItem
    // Exercises, and the sheets and keys of their variants.
    case exerciseTitle, exerciseShowAnswer, exerciseAnswerWord, exerciseYourAnswer, exerciseAcceptDigits,
        exerciseAcceptAbsolute, exerciseAcceptRelative
    case variantSheet, variantKey, variantColumn, variantValues, variantValuesLine, studentName, teacherEdition
}
