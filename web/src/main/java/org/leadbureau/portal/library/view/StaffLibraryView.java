package org.leadbureau.portal.library.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.leadbureau.portal.library.boundary.LibraryCuration;
import org.leadbureau.portal.library.boundary.ResourceForm;
import org.leadbureau.portal.library.boundary.Vocabularies;
import org.leadbureau.portal.library.control.FileKind;
import org.leadbureau.portal.library.control.FileRefusedException;
import org.leadbureau.portal.library.control.ResourceFilter;
import org.leadbureau.portal.library.control.ResourceFilter.Sort;
import org.leadbureau.portal.library.control.ResourceItem;
import org.leadbureau.portal.library.control.Languages;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.library.control.TextExtractor;
import org.leadbureau.portal.library.entity.Audience;
import org.leadbureau.portal.library.entity.ResourceType;
import org.leadbureau.portal.library.entity.Topic;
import org.leadbureau.portal.platform.paging.PageRequest;
import org.leadbureau.portal.platform.view.PagedTableModel;
import org.leadbureau.portal.platform.view.Refusals;
import org.omnifaces.util.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * {@code /staff/library}: every resource (a page at a time, from the database) with publish, unpublish and delete; a form to upload a new one or
 * edit one's metadata, and to replace its file. The file is uploaded first (with progress), then saved with
 * the metadata; a refused file is reported next to the upload field and nothing is stored.
 */
@Named
@ViewScoped
public class StaffLibraryView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Messages for an input need its client id: the form's id, then the input's. */
    private static final String EDITOR = "editor:";

    @Inject
    LibraryCuration curation;

    @Inject
    Vocabularies vocabularies;

    private PagedTableModel<ResourceItem> resources;
    private List<Topic> topics;
    private List<Audience> audiences;

    private String editing;
    private String title;
    private String summary;
    private ResourceType type = ResourceType.GUIDE;
    private List<String> topicSlugs = new ArrayList<>();
    private List<String> audienceSlugs = new ArrayList<>();
    private LocalDate published = LocalDate.now();
    private boolean publish;
    private String externalUrl;
    private String language;
    private String fileName;
    private byte[] content;

    @PostConstruct
    void load() {
        ResourceFilter all = ResourceFilter.unfiltered(Sort.DATE, true, PageRequest.first(1));
        // The table sorts by title or by date; newest first until told otherwise.
        resources = new PagedTableModel<>(() -> curation.count(all), (page, sort, ascending) -> curation.rows(
                "title".equals(sort) ? ResourceFilter.unfiltered(Sort.TITLE, !ascending, page)
                        : ResourceFilter.unfiltered(Sort.DATE, sort == null || !ascending, page)),
                ResourceItem::getSlug);
        topics = vocabularies.allTopics();
        audiences = vocabularies.allAudiences();
    }

    public void uploaded(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        fileName = file.getFileName();
        content = file.getContent();
        Messages.addInfo(EDITOR + "file", "{0} is ready; save to check and store it.", fileName);
    }

    public void save() {
        var form = new ResourceForm(title, summary, type == null ? null : type.name(), topicSlugs, audienceSlugs,
                published == null ? null : published.toString(), publish ? "PUBLISHED" : "DRAFT", language, externalUrl);
        try {
            if (editing == null) {
                String slug = curation.create(form, fileName, content);
                Messages.addGlobalInfo("Created {0}.", slug);
            } else {
                curation.update(editing, form);
                if (content != null) {
                    curation.replaceFile(editing, fileName, content);
                }
                Messages.addGlobalInfo("Saved {0}.", editing);
            }
            clear();
        } catch (FileRefusedException e) {
            Messages.create(e.getMessage()).error().add(EDITOR + "file");
        } catch (InvalidInputException e) {
            Refusals.show(e);
        }
    }

    public void edit(ResourceItem resource) {
        editing = resource.getSlug();
        title = resource.getTitle();
        summary = resource.getSummary();
        type = resource.getType();
        topicSlugs = new ArrayList<>(resource.getTopics());
        audienceSlugs = new ArrayList<>(resource.getAudiences());
        published = resource.getPublishedOn();
        publish = resource.isPublished();
        externalUrl = resource.getExternalUrl();
        language = resource.getLanguage();
        fileName = null;
        content = null;
    }

    public void togglePublished(ResourceItem resource) {
        curation.setPublished(resource.getSlug(), !resource.isPublished());
    }

    public void delete(ResourceItem resource) {
        curation.delete(resource.getSlug());
        Messages.addGlobalInfo("Deleted {0}.", resource.getTitle());
        if (resource.getSlug().equals(editing)) {
            clear();
        }
    }

    public void clear() {
        editing = null;
        title = null;
        summary = null;
        type = ResourceType.GUIDE;
        topicSlugs = new ArrayList<>();
        audienceSlugs = new ArrayList<>();
        published = LocalDate.now();
        publish = false;
        externalUrl = null;
        language = null;
        fileName = null;
        content = null;
    }

    public long getMaxBytes() {
        return TextExtractor.MAX_BYTES;
    }

    /** For the file chooser: ".pdf, .docx, ...". */
    public String getAcceptedExtensions() {
        return FileKind.acceptedExtensions().replace(" ", "");
    }

    public ResourceType[] getTypes() {
        return ResourceType.values();
    }

    public PagedTableModel<ResourceItem> getResources() {
        return resources;
    }

    public List<Topic> getTopics() {
        return topics;
    }

    public List<Audience> getAudiences() {
        return audiences;
    }

    public String getEditing() {
        return editing;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public ResourceType getType() {
        return type;
    }

    public void setType(ResourceType type) {
        this.type = type;
    }

    public List<String> getTopicSlugs() {
        return topicSlugs;
    }

    public void setTopicSlugs(List<String> topicSlugs) {
        this.topicSlugs = topicSlugs;
    }

    public List<String> getAudienceSlugs() {
        return audienceSlugs;
    }

    public void setAudienceSlugs(List<String> audienceSlugs) {
        this.audienceSlugs = audienceSlugs;
    }

    public LocalDate getPublished() {
        return published;
    }

    public void setPublished(LocalDate published) {
        this.published = published;
    }

    public boolean isPublish() {
        return publish;
    }

    public void setPublish(boolean publish) {
        this.publish = publish;
    }

    /** Empty on a new resource: the uploaded file's text tells it. */
    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<Languages.Language> getLanguages() {
        return Languages.choices();
    }

    public String getExternalUrl() {
        return externalUrl;
    }

    public void setExternalUrl(String externalUrl) {
        this.externalUrl = externalUrl;
    }

    public String getFileName() {
        return fileName;
    }
}
