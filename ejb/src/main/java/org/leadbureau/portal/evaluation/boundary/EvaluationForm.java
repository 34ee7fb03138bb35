package org.leadbureau.portal.evaluation.boundary;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An answer to an evaluation as the form or the API gives it: the standard questions, and the answers to staff's
 * own questions as text by question id ("1"–"5", "true"/"false", or words). {@link Evaluations} checks it whole, so
 * every problem is reported in one round.
 */
public class EvaluationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer overall;
    private Integer usefulness;
    private Boolean recommend;
    private String change;
    private String improve;
    private String name;
    private Map<Long, String> answers = new LinkedHashMap<>();

    public Integer getOverall() {
        return overall;
    }

    public void setOverall(Integer overall) {
        this.overall = overall;
    }

    public Integer getUsefulness() {
        return usefulness;
    }

    public void setUsefulness(Integer usefulness) {
        this.usefulness = usefulness;
    }

    public Boolean getRecommend() {
        return recommend;
    }

    public void setRecommend(Boolean recommend) {
        this.recommend = recommend;
    }

    public String getChange() {
        return change;
    }

    public void setChange(String change) {
        this.change = change;
    }

    public String getImprove() {
        return improve;
    }

    public void setImprove(String improve) {
        this.improve = improve;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }

    public void setAnswers(Map<Long, String> answers) {
        this.answers = answers == null ? new LinkedHashMap<>() : answers;
    }
}
